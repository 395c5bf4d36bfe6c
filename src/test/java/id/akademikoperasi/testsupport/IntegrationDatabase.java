package id.akademikoperasi.testsupport;

import id.akademikoperasi.devserver.EmbeddedMariaDb;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts one real MariaDB for the whole integration-test run, on an empty database, before the first
 * Payara Micro starts; stops it at the end. Only in the Failsafe run, which sets {@code ak.it.db.port}:
 * unit tests never start a database.
 */
public class IntegrationDatabase implements TestExecutionListener {

    private static EmbeddedMariaDb db;

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        String port = System.getProperty("ak.it.db.port");
        if (port == null || db != null) {
            return;
        }
        Path folder = Path.of(System.getProperty("ak.it.db.dir"));
        try {
            // Payara and Chromium put their temporary files here (java.io.tmpdir of the test run)
            Files.createDirectories(Path.of(System.getProperty("ak.it.tmp", "target/tmp")));
            deleteData(folder.resolve("data"));
            db = EmbeddedMariaDb.start(folder, Integer.parseInt(port), "akademi_it");
            System.out.println("[it] MariaDB ready at " + db.jdbcUrl());
        } catch (Exception e) {
            throw new IllegalStateException("could not start the integration-test MariaDB", e);
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (db != null) {
            db.stop();
            db = null;
        }
    }

    /** Every run starts from an empty database, so the migrations are tested from scratch. */
    private static void deleteData(Path data) {
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
