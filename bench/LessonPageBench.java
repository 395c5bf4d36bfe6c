import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lesson page benchmark against a running app (see bench/README.md). Each virtual user is a demo member with its
 * own session. Prints requests per second and p50/p95/p99 latency at 1, 8 and 32 concurrent users. (The bytes a
 * browser transfers are measured by lesson-page.sh with curl, which speaks HTTP/1.1 like a browser to plain http.)
 */
public class LessonPageBench {

    static final String BASE = System.getenv().getOrDefault("AK_BENCH_URL", "http://localhost:8080");
    static final String PAGE = System.getenv().getOrDefault("AK_BENCH_PAGE", "/learn/lesson?kode=KOP-08&no=4");
    static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("AK_BENCH_SECONDS", "20"));
    static final String PASSWORD = "Koperasi#2026";
    /**
     * One client (one selector thread and connection pool) for all virtual members, so that the load generator, which
     * shares the app's two cores, costs as little as it can. Each member still sends its own cookies.
     */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        System.out.printf("Lesson page benchmark: %s%s, %d s per level%n", BASE, PAGE, SECONDS);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            users.add(logIn(i == 0 ? "anggota@demo.akademikoperasi.id" : String.format("+62812%08d", 55000000 + i - 1)));
        }
        run(users.subList(0, 8), 5, false); // warm-up
        System.out.println();
        System.out.printf("%-12s %10s %10s %10s %10s %10s%n", "concurrency", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms");
        for (int c : new int[]{1, 8, 32}) {
            run(users.subList(0, c), SECONDS, true);
        }
    }

    /** A member's browser: HTTP/1.1 (as browsers speak to plain http) and the cookies it was given, sent back as is. */
    record User(HttpClient http, java.util.Map<String, String> cookies) {
        HttpRequest.Builder request(String url) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            return b;
        }

        <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Exception {
            HttpResponse<T> response = http.send(request, handler);
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                synchronized (cookies) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        }
    }

    static User logIn(String login) throws Exception {
        User user = new User(HTTP, new java.util.LinkedHashMap<>());
        String page = user.send(user.request(BASE + "/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no login form at " + BASE + "/login: is the app running (mvn -Prun package)?");
        }
        String form = "login=login&login%3Ausername=" + enc(login) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
        int status = user.send(user.request(BASE + "/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException("login of " + login + " failed (" + status + "): demo data loaded?");
        }
        return user;
    }

    static void run(List<User> users, int seconds, boolean print) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users.size());
        for (User user : users) {
            Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = user.request(BASE + PAGE).header("Accept-Encoding", "gzip").build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = user.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t);
                }
                done.countDown();
            });
        }
        done.await();
        if (!print) {
            return;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-12d %10d %10.1f %10.1f %10.1f %10.1f%s%n", users.size(), sorted.size(),
                sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                errors.get() > 0 ? "   errors: " + errors.get() : "");
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1_000_000.0;
    }

    static String absolute(String ref) {
        return ref.startsWith("http") ? ref : BASE + (ref.startsWith("/") ? ref : "/" + ref);
    }

    static String shorten(String s) {
        return s.length() > 90 ? s.substring(0, 87) + "..." : s;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
