import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Exam benchmark against a running app (see bench/README.md). 32 members each take the final exams of several
 * courses one after the other (AK_BENCH_COURSES), spending about an equal share of AK_BENCH_SECONDS on each (their
 * hand-ins are spread over time; AK_BENCH_TOGETHER=true makes all 32 hand in at the same moment): they open the
 * attempt page, keep answering its questions exactly as the page's script sends them (a JSON PUT per answer to
 * /api/v1/attempts/{id}/answers/{slot}, no pause between answers), then hand in (POST …/submission). Prints answers
 * saved per second, p50/p95/p99 of a save and of a hand-in, then reads the database and checks that, for every
 * question, the last answer the server acknowledged is the one stored.
 *
 * <p>First AK_BENCH_WARMUP seconds (default 30) of the same load on AK_BENCH_WARMUP_COURSE, not counted, so the
 * figures are those of a JVM that has compiled its hot paths. Each attempt uses up one of a member's attempts, so by default the bench first deletes the attempts of its own
 * 32 demo members in the dev database (AK_BENCH_RESET=false keeps them).
 */
public class QuizBench {

    static final String BASE = System.getenv().getOrDefault("AK_BENCH_URL", "http://localhost:8080");
    static final List<String> COURSES = List.of(System.getenv().getOrDefault("AK_BENCH_COURSES", "KOP-01,KOP-02,KOP-03,KOP-04").split(","));
    static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("AK_BENCH_SECONDS", "120"));
    static final String DB = System.getenv().getOrDefault("AK_BENCH_DB", "jdbc:mariadb://127.0.0.1:3366/akademi");
    static final boolean RESET = !"false".equals(System.getenv("AK_BENCH_RESET"));
    static final boolean TOGETHER = "true".equals(System.getenv("AK_BENCH_TOGETHER"));
    static final int WARMUP_SECONDS = Integer.parseInt(System.getenv().getOrDefault("AK_BENCH_WARMUP", "30"));
    static final String WARMUP_COURSE = System.getenv().getOrDefault("AK_BENCH_WARMUP_COURSE", "KOP-05");
    static final int MEMBERS = 32;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern QUESTION = Pattern.compile("<fieldset[^>]*data-slot=\"(\\d+)\"[^>]*data-type=\"(\\w+)\"[^>]*>([\\s\\S]*?)</fieldset>");

    /** One question of an open attempt: what its inputs can send. */
    record Question(int slot, String type, List<String> options, Map<String, List<String>> rights) {
    }

    /** One attempt a member is taking, and the last answer the server acknowledged per question (as stored). */
    record Taken(long attemptId, List<Question> questions, Map<Integer, String> lastAcked) {
    }

    /** What the member's browser holds: its cookies. */
    static final class Member {
        final String login;
        final Map<String, String> cookies = new LinkedHashMap<>();
        final List<Taken> taken = new ArrayList<>();

        Member(String login) {
            this.login = login;
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            }
            return b;
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return response;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
        }

        /** As the page's script sends it: same-origin fetch with a JSON body. */
        HttpResponse<String> json(String method, String path, String body) throws Exception {
            return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Origin", BASE).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body)).build());
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Exam benchmark: %s, courses %s, %d members, %d s%n", BASE, COURSES, MEMBERS, SECONDS);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(new Member(String.format("+62812%08d", 55000010 + i)));
        }
        if (RESET) {
            reset(members);
        }
        for (Member m : members) {
            logIn(m);
        }
        if (WARMUP_SECONDS > 0) {
            // the same load on another course first, not counted: the app's JVM compiles its hot paths
            System.out.printf("warm-up: %d s on %s (not counted)%n", WARMUP_SECONDS, WARMUP_COURSE);
            run(members, List.of(WARMUP_COURSE), WARMUP_SECONDS);
        }
        Phase measured = run(members, COURSES, SECONDS);
        System.out.printf("%nanswers saved: %d in %.0f s (%.1f per second), hand-ins: %d, errors: %d%n", measured.saves().size(),
                measured.seconds(), measured.saves().size() / measured.seconds(), measured.submits().size(), measured.errors().get());
        print("save", measured.saves());
        print("hand-in", measured.submits());
        verify(members);
    }

    /** Latencies (ns) and errors of one phase. */
    record Phase(ConcurrentLinkedQueue<Long> saves, ConcurrentLinkedQueue<Long> submits, AtomicInteger errors, double seconds) {
    }

    /** Every member takes the exams of {@code courses} one after another for {@code totalSeconds}, handing in each. */
    static Phase run(List<Member> members, List<String> courses, int totalSeconds) throws InterruptedException {
        ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> submits = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        long share = Duration.ofSeconds(totalSeconds).toNanos() / courses.size();
        CountDownLatch done = new CountDownLatch(members.size());
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            // members hand in at different moments, as people do: the first attempt of member i lasts (i+1)/32 of
            // a share and every later one a whole share (AK_BENCH_TOGETHER=true makes all 32 hand in at once)
            long offset = TOGETHER ? share : share * (i + 1) / members.size();
            Thread.ofVirtual().start(() -> {
                try {
                    for (int c = 0; c < courses.size(); c++) {
                        Taken t = open(m, courses.get(c));
                        long end = started + offset + share * c;
                        while (System.nanoTime() < end) {
                            Question q = t.questions().get(ThreadLocalRandom.current().nextInt(t.questions().size()));
                            String[] answer = answer(q);   // {JSON body, stored form}
                            long t0 = System.nanoTime();
                            HttpResponse<String> r = m.json("PUT", "/api/v1/attempts/" + t.attemptId() + "/answers/" + q.slot(), answer[0]);
                            saves.add(System.nanoTime() - t0);
                            if (r.statusCode() == 200 && r.body().contains("\"savedAt\"")) {
                                t.lastAcked().put(q.slot(), answer[1]);
                            } else if (errors.incrementAndGet() <= 3) {
                                System.out.println("NOT ACKNOWLEDGED " + answer[0] + " (" + r.statusCode() + "): " + r.body());
                            }
                        }
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = m.json("POST", "/api/v1/attempts/" + t.attemptId() + "/submission", null);
                        submits.add(System.nanoTime() - t0);
                        if (r.statusCode() != 200 || !r.body().contains("\"percent\"")) {
                            errors.incrementAndGet();
                            System.out.println("HAND-IN FAILED (" + r.statusCode() + "): " + r.body());
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new Phase(saves, submits, errors, (System.nanoTime() - started) / 1e9);
    }

    /** The bench's own members start without attempts (each run would otherwise use up their three per course). */
    static void reset(List<Member> members) throws Exception {
        try (Connection db = DriverManager.getConnection(DB, "root", "")) {
            String phones = members.stream().map(m -> "'" + m.login + "'").collect(Collectors.joining(","));
            String attempts = "SELECT a.id FROM asm_attempt a JOIN idn_account x ON x.id = a.account_id WHERE x.phone IN (" + phones + ")";
            int answers = db.createStatement().executeUpdate("DELETE FROM asm_answer WHERE attempt_id IN (" + attempts + ")");
            int deleted = db.createStatement().executeUpdate("DELETE a FROM asm_attempt a JOIN idn_account x ON x.id = a.account_id WHERE x.phone IN (" + phones + ")");
            System.out.printf("reset: %d earlier attempts (%d answers) of the bench members deleted%n", deleted, answers);
        }
    }

    static void logIn(Member m) throws Exception {
        String page = m.get("/login").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", m.login);
        form.put("login:password", "Koperasi#2026");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
        if (m.post("/login", form).statusCode() != 302) {
            throw new IllegalStateException("login of " + m.login + " failed: demo data loaded?");
        }
    }

    /** Enrols (if needed), starts an attempt of the course's final exam and reads its questions from the page. */
    static Taken open(Member m, String course) throws Exception {
        String page = m.get("/course?kode=" + course).body();
        if (page.contains("enrolForm:enrol")) {
            m.post("/course?kode=" + course, Map.of("enrolForm", "enrolForm", "enrolForm:enrol", "x", "kode", course,
                    "jakarta.faces.ViewState", find(VIEW_STATE, page)));
        }
        String exam = m.get("/learn/exam?kode=" + course).body();
        HttpResponse<String> started = m.post("/learn/exam?kode=" + course, Map.of("startForm", "startForm",
                "startForm:start", "x", "kode", course, "jakarta.faces.ViewState", find(VIEW_STATE, exam)));
        String location = started.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException(m.login + " could not start an attempt of " + course + " (attempts used up? AK_BENCH_RESET)"));
        long attemptId = Long.parseLong(location.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        String attempt = m.get("/learn/attempt?id=" + attemptId).body();
        List<Question> questions = new ArrayList<>();
        Matcher q = QUESTION.matcher(attempt);
        while (q.find()) {
            String body = q.group(3);
            List<String> options = new ArrayList<>();
            Matcher v = Pattern.compile("type=\"(?:radio|checkbox)\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*type=\"(?:radio|checkbox)\"").matcher(body);
            while (v.find()) {
                options.add(v.group(1) != null ? v.group(1) : v.group(2));
            }
            Map<String, List<String>> rights = new TreeMap<>();
            Matcher sel = Pattern.compile("<select[^>]*data-left=\"(\\d+)\"[^>]*>([\\s\\S]*?)</select>").matcher(body);
            while (sel.find()) {
                List<String> values = new ArrayList<>();
                Matcher o = Pattern.compile("<option value=\"([^\"]+)\"").matcher(sel.group(2));
                while (o.find()) {
                    values.add(unescape(o.group(1)));
                }
                rights.put(sel.group(1), values);
            }
            questions.add(new Question(Integer.parseInt(q.group(1)), q.group(2), options, rights));
        }
        if (questions.isEmpty()) {
            throw new IllegalStateException("no questions on the attempt page of " + m.login);
        }
        Taken t = new Taken(attemptId, questions, new ConcurrentHashMap<>());
        m.taken.add(t);
        return t;
    }

    /** A random answer to a question: the JSON the page sends, and the form the server stores it in. */
    static String[] answer(Question q) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        switch (q.type()) {
            case "SINGLE_CHOICE" -> {
                String o = q.options().get(random.nextInt(q.options().size()));
                return new String[] {"{\"choices\":[" + o + "]}", "C:" + o};
            }
            case "MULTIPLE_CHOICE" -> {
                TreeSet<Integer> chosen = new TreeSet<>();
                for (String o : q.options()) {
                    if (random.nextBoolean()) {
                        chosen.add(Integer.parseInt(o));
                    }
                }
                String list = chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
                return new String[] {"{\"choices\":[" + list + "]}", "C:" + list};
            }
            case "TRUE_FALSE" -> {
                String b = String.valueOf(random.nextBoolean());
                return new String[] {"{\"value\":\"" + b + "\"}", "B:" + b};
            }
            case "NUMERIC" -> {
                String n = random.nextInt(1000) + "," + random.nextInt(10);
                return new String[] {"{\"value\":\"" + n + "\"}", "N:" + n};
            }
            case "MATCHING" -> {
                StringBuilder json = new StringBuilder("{\"matches\":{");
                List<String> stored = new ArrayList<>();
                for (Map.Entry<String, List<String>> left : q.rights().entrySet()) {
                    String right = left.getValue().get(random.nextInt(left.getValue().size()));
                    json.append(json.charAt(json.length() - 1) == '{' ? "" : ",").append('"').append(left.getKey()).append("\":\"")
                            .append(right.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                    stored.add(left.getKey() + "=" + right.replace("\\", "\\\\").replace("|", "\\|").replace("=", "\\="));
                }
                return new String[] {json.append("}}").toString(), "M:" + String.join("|", stored)};
            }
            default -> {
                String text = "jawaban " + random.nextInt(100000);
                return new String[] {"{\"value\":\"" + text + "\"}", "T:" + text};
            }
        }
    }

    /** Every acknowledged answer is in the database as the last value given. */
    static void verify(List<Member> members) throws Exception {
        int checked = 0;
        int lost = 0;
        try (Connection db = DriverManager.getConnection(DB, "root", "");
             PreparedStatement stored = db.prepareStatement("SELECT response FROM asm_answer WHERE attempt_id = ? AND slot = ?")) {
            for (Member m : members) {
                for (Taken t : m.taken) {
                    for (Map.Entry<Integer, String> acked : t.lastAcked().entrySet()) {
                        stored.setLong(1, t.attemptId());
                        stored.setInt(2, acked.getKey());
                        try (ResultSet r = stored.executeQuery()) {
                            String response = r.next() ? r.getString(1) : null;
                            checked++;
                            if (!acked.getValue().equals(response)) {
                                lost++;
                                System.out.printf("LOST: attempt %d question %d: acknowledged %s, stored %s%n", t.attemptId(),
                                        acked.getKey(), acked.getValue(), response);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("%nchecked afterwards: %d acknowledged answers (the last one of each question), lost: %d%n", checked, lost);
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static void print(String what, ConcurrentLinkedQueue<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-8s n=%-6d p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms%n", what, sorted.size(),
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1_000_000.0;
    }

    static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("not on the page: " + pattern);
        }
        return m.group(1);
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
