import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public verification benchmark against a running app (see bench/README.md): AK_BENCH_CLIENTS (32) clients, each on
 * its own keep-alive connection, send GET /api/v1/certificates/{code} one after the other without pause: half of the
 * codes are valid certificates, a quarter revoked or expired ones, a quarter well-formed codes that match nothing.
 * AK_BENCH_WARMUP seconds (20) are not counted, then AK_BENCH_SECONDS (60) are. Prints requests per second,
 * p50/p95/p99/max latency and the errors (anything but 200 with the expected status in the body).
 *
 * <p>The app must run with the rate limit off (AK_VERIFY_RATE_LIMIT=0), or every client is refused after 60 requests.
 * Before the run the bench writes its own certificates into the dev database (codes starting with BENCH, holders the
 * demo members +6281255000040..47, which no demo journey uses), replacing those of an earlier run.
 *
 * <p>The client is a plain socket per connection and a platform thread per client: the load generator shares the
 * two cores with the app and the database, so it must cost as little CPU as possible.
 */
public class VerifyBench {

    static final URI BASE = URI.create(System.getenv().getOrDefault("AK_BENCH_URL", "http://localhost:8080"));
    static final String DB = System.getenv().getOrDefault("AK_BENCH_DB", "jdbc:mariadb://127.0.0.1:3366/akademi");
    static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("AK_BENCH_CLIENTS", "32"));
    static final int WARMUP = Integer.parseInt(System.getenv().getOrDefault("AK_BENCH_WARMUP", "20"));
    static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("AK_BENCH_SECONDS", "60"));
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final SecureRandom RANDOM = new SecureRandom();

    /** A code to ask for and the status the answer must carry. */
    record Probe(String code, String status) {
    }

    public static void main(String[] args) throws Exception {
        List<Probe> known = certificates();
        System.out.printf("%d bench certificates in %s; %d clients, %d s warm-up, %d s counted, against %s%n",
                known.size(), DB, CLIENTS, WARMUP, SECONDS, BASE);
        List<Probe> valid = known.stream().filter(p -> p.status().equals("VALID")).toList();
        List<Probe> other = known.stream().filter(p -> !p.status().equals("VALID")).toList();

        Client[] clients = new Client[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = new Client(valid, other);
        }
        long start = System.nanoTime();
        long countFrom = start + WARMUP * 1_000_000_000L;
        long end = countFrom + SECONDS * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (Client c : clients) {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    c.run(countFrom, end);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();

        long[] all = Arrays.stream(clients).flatMapToLong(c -> Arrays.stream(c.latencies, 0, c.count)).sorted().toArray();
        long errors = Arrays.stream(clients).mapToLong(c -> c.errors).sum();
        String firstError = Arrays.stream(clients).map(c -> c.firstError).filter(e -> e != null).findFirst().orElse("");
        System.out.printf("requests counted: %d in %d s  ->  %.0f req/s%n", all.length, SECONDS, all.length / (double) SECONDS);
        System.out.printf("latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n", ms(pct(all, 50)), ms(pct(all, 95)),
                ms(pct(all, 99)), ms(all.length == 0 ? 0 : all[all.length - 1]));
        System.out.printf("errors: %d%s%n", errors, errors == 0 ? "" : " (first: " + firstError + ")");
    }

    /** One client: its own connection, reopened if the server closes it. */
    static final class Client {
        final List<Probe> valid;
        final List<Probe> other;
        long[] latencies = new long[1 << 16];
        int count;
        long errors;
        String firstError;
        Socket socket;
        InputStream in;
        OutputStream out;

        Client(List<Probe> valid, List<Probe> other) {
            this.valid = valid;
            this.other = other;
        }

        void run(long countFrom, long end) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long now;
            while ((now = System.nanoTime()) < end) {
                int pick = random.nextInt(4);
                Probe probe = pick < 2 ? valid.get(random.nextInt(valid.size()))
                        : pick == 2 ? other.get(random.nextInt(other.size())) : new Probe(code(random), "UNKNOWN");
                String error;
                try {
                    error = check(probe);
                } catch (IOException e) {
                    error = e.toString();
                    close();
                }
                long after = System.nanoTime();
                if (now >= countFrom) {
                    if (error != null) {
                        errors++;
                        if (firstError == null) {
                            firstError = error;
                        }
                    } else {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = after - now;
                    }
                }
            }
            close();
        }

        /** Null when the answer is right, else what was wrong. */
        String check(Probe probe) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(BASE.getHost(), BASE.getPort() < 0 ? 80 : BASE.getPort()), 5000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 8192);
                out = socket.getOutputStream();
            }
            out.write(("GET /api/v1/certificates/" + probe.code() + " HTTP/1.1\r\nHost: " + BASE.getAuthority()
                    + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = line();
            int length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            String body = chunked ? chunked() : new String(in.readNBytes(length), StandardCharsets.UTF_8);
            if (closes) {
                close();
            }
            if (!statusLine.startsWith("HTTP/1.1 200")) {
                return statusLine + " " + body;
            }
            return body.contains("\"status\":\"" + probe.status() + "\"") ? null : "expected " + probe.status() + ": " + body;
        }

        String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        String chunked() throws IOException {
            StringBuilder body = new StringBuilder();
            for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                line();
            }
            line();
            return body.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // reopened on the next request
            }
            socket = null;
        }
    }

    static String code(java.util.Random random) {
        StringBuilder code = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /**
     * 96 certificates of demo members +6281255000040..47: 64 valid, 16 revoked, 16 past their end (still VALID in
     * the row, as before the nightly expiry job). Bench rows carry codes starting with BENCH; an earlier run's are
     * deleted first.
     */
    static List<Probe> certificates() throws Exception {
        List<Probe> probes = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(DB, "root", "")) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.executeUpdate("CREATE TEMPORARY TABLE bench_app AS SELECT application_id AS id FROM crt_certificate "
                        + "WHERE verification_code LIKE 'BENCH%'");
                s.executeUpdate("DELETE FROM crt_certificate WHERE verification_code LIKE 'BENCH%'");
                s.executeUpdate("DELETE FROM crt_application WHERE id IN (SELECT id FROM bench_app)");
                s.executeUpdate("DROP TEMPORARY TABLE bench_app");
            }
            long verifier;
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT id FROM idn_account WHERE email = 'verifikator@demo.akademikoperasi.id'")) {
                if (!r.next()) {
                    throw new IllegalStateException("no demo data in " + DB + ": start the app with mvn -Prun package");
                }
                verifier = r.getLong(1);
            }
            for (int i = 0; i < 96; i++) {
                String phone = String.format("+62812%08d", 55000040 + i % 8);
                String status = i < 64 ? "VALID" : i < 80 ? "REVOKED" : "EXPIRED";
                long application;
                try (PreparedStatement a = db.prepareStatement("""
                        INSERT INTO crt_application (account_id, scheme_code, koperasi_id, region_code, status,
                            submitted_at, declarations, snapshot, decided_by, decided_at)
                        SELECT a.id, 'CALON_PENGURUS', k.id, k.region_code, 'APPROVED', UTC_TIMESTAMP(6), '', '{}', ?,
                            UTC_TIMESTAMP(6)
                        FROM idn_account a JOIN org_membership m ON m.account_id = a.id AND m.status = 'ACTIVE'
                        JOIN org_koperasi k ON k.id = m.koperasi_id WHERE a.phone = ?""", Statement.RETURN_GENERATED_KEYS)) {
                    a.setLong(1, verifier);
                    a.setString(2, phone);
                    a.executeUpdate();
                    try (ResultSet keys = a.getGeneratedKeys()) {
                        keys.next();
                        application = keys.getLong(1);
                    }
                }
                String code = "BENCH" + code(RANDOM).substring(5);
                try (PreparedStatement c = db.prepareStatement("""
                        INSERT INTO crt_certificate (number, verification_code, application_id, account_id, scheme_code,
                            holder_name, koperasi_name, issued_at, valid_until, issued_by, status, snapshot,
                            scheme_name_id, scheme_name_en, issued_by_name, region_code, revoked_at, revoked_by, revoke_reason)
                        SELECT ?, ?, p.id, p.account_id, p.scheme_code, a.display_name, k.name,
                            UTC_TIMESTAMP(6) - INTERVAL ? DAY, UTC_TIMESTAMP(6) - INTERVAL ? DAY + INTERVAL 3 YEAR, ?, ?, '{}',
                            'Calon Pengurus', 'Board Candidate', v.display_name, p.region_code, ?, ?, ?
                        FROM crt_application p JOIN idn_account a ON a.id = p.account_id
                        JOIN org_koperasi k ON k.id = p.koperasi_id JOIN idn_account v ON v.id = ? WHERE p.id = ?""")) {
                    boolean revoked = status.equals("REVOKED");
                    int daysAgo = status.equals("EXPIRED") ? 1200 : 30;
                    c.setString(1, String.format("BENCH/6474/%06d", i + 1));
                    c.setString(2, code);
                    c.setInt(3, daysAgo);
                    c.setInt(4, daysAgo);
                    c.setLong(5, verifier);
                    c.setString(6, revoked ? "REVOKED" : "VALID");
                    c.setObject(7, revoked ? java.sql.Timestamp.from(java.time.Instant.now()) : null);
                    c.setObject(8, revoked ? verifier : null);
                    c.setString(9, revoked ? "Benchmark" : null);
                    c.setLong(10, verifier);
                    c.setLong(11, application);
                    c.executeUpdate();
                }
                probes.add(new Probe(code, status));
            }
            db.commit();
        }
        return probes;
    }
}
