import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the dev database with national-scale data for the dashboard benchmark: every region of Indonesia and its
 * koperasi (83,762, from ../shared/data), 2.5 million members, their enrolments with 50 million lesson-progress
 * rows, a million certification applications and their certificates. Rows are made inside MariaDB from its sequence
 * tables (INSERT ... SELECT FROM seq_1_to_N), in chunks, so nothing travels row by row over the connection.
 * At the end it marks the summaries for rebuilding: the app's next start rebuilds them (and logs how long it took).
 *
 *   java -cp mariadb-java-client.jar bench/Generate.java
 *
 * AK_BENCH_SCALE (default 1.0) scales members, enrolments, progress and certificates (regions stay whole);
 * AK_DB_URL (default jdbc:mariadb://127.0.0.1:3366/akademi), AK_WILAYAH (default ../shared/data/wilayah-kepmendagri-2025.sql).
 * Run it against a database made by the app (schema, courses, demo data) with the app stopped, once: bench members
 * have phone numbers +62899…, and a second run refuses.
 */
public class Generate {

    static final Pattern TUPLE = Pattern.compile("\\('([0-9.]+)','((?:[^'\\\\]|''|\\\\.)*)'\\)");
    static final long START = System.nanoTime();

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(env("AK_BENCH_SCALE", "1.0"));
        String url = env("AK_DB_URL", "jdbc:mariadb://127.0.0.1:3366/akademi");
        Path wilayah = Path.of(env("AK_WILAYAH", "../shared/data/wilayah-kepmendagri-2025.sql"));
        long members = Math.round(2_500_000 * scale);
        long progressTarget = Math.round(50_000_000 * scale);
        try (Connection c = DriverManager.getConnection(url, env("AK_DB_USER", "root"), env("AK_DB_PASSWORD", ""))) {
            c.setAutoCommit(true);
            exec(c, "SET SESSION foreign_key_checks = 0, unique_checks = 0");
            if (count(c, "SELECT COUNT(*) FROM idn_account WHERE phone LIKE '+62899%'") > 0) {
                throw new IllegalStateException("bench data is there already: start from a fresh data folder");
            }
            if (count(c, "SELECT COUNT(*) FROM cat_course_version WHERE latest AND status = 'PUBLISHED'") == 0) {
                throw new IllegalStateException("no published courses: start the app once (it imports content/), stop it, then generate");
            }
            System.out.printf("Generating at scale %.3f: %,d members, about %,d progress rows%n", scale, members, progressTarget);

            regions(c, wilayah);
            exec(c, "DROP TABLE IF EXISTS bench_koperasi");
            exec(c, "CREATE TABLE bench_koperasi (n INT PRIMARY KEY, id BIGINT, region_code VARCHAR(13), name VARCHAR(200)) "
                    + "SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id, region_code, name FROM org_koperasi");
            long koperasi = count(c, "SELECT COUNT(*) FROM bench_koperasi");

            long firstAccount = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM idn_account");
            chunks(c, "accounts", members, 100_000, (from, to) -> exec(c, """
                    INSERT INTO idn_account (id, display_name, phone, password_hash, status, created_at, password_changed_at)
                    SELECT %d + seq, CONCAT('Anggota Bench ', seq), CONCAT('+62899', LPAD(seq, 9, '0')), 'bench-no-login',
                           'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
                    FROM seq_%d_to_%d""".formatted(firstAccount - 1, from, to)));
            long lastAccount = firstAccount + members - 1;
            // member i belongs to koperasi i mod K: ~30 members each
            chunks(c, "memberships", members, 200_000, (from, to) -> exec(c, """
                    INSERT INTO org_membership (account_id, koperasi_id, status, joined_at)
                    SELECT a.id, k.id, 'ACTIVE', UTC_TIMESTAMP(6) - INTERVAL (a.id MOD 900) DAY
                    FROM idn_account a JOIN bench_koperasi k ON k.n = a.id MOD %d
                    WHERE a.id BETWEEN %d AND %d""".formatted(koperasi, firstAccount + from - 1, firstAccount + to - 1)));

            exec(c, "DROP TABLE IF EXISTS bench_course");
            exec(c, """
                    CREATE TABLE bench_course (idx INT PRIMARY KEY, course_id BIGINT, version_id BIGINT, lessons INT, exam BOOLEAN)
                    SELECT ROW_NUMBER() OVER (ORDER BY x.code) - 1 AS idx, x.course_id, x.version_id, x.lessons, x.exam
                    FROM (SELECT c.code, c.id AS course_id, v.id AS version_id,
                                 (SELECT COUNT(*) FROM cat_lesson l JOIN cat_module m ON m.id = l.module_id WHERE m.version_id = v.id) AS lessons,
                                 v.exam_bank_path IS NOT NULL AS exam
                          FROM cat_course c JOIN cat_course_version v ON v.course_id = c.id AND v.latest AND v.status = 'PUBLISHED') x
                    WHERE x.lessons > 0""");
            int courses = (int) count(c, "SELECT COUNT(*) FROM bench_course");
            // lessons done of an enrolment = LEAST(lessons, (7·id + 3·j) mod (lessons + 4)): on average this many per enrolment
            double meanDone = 0;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT lessons FROM bench_course")) {
                while (r.next()) {
                    int n = r.getInt(1);
                    double sum = 0;
                    for (int v = 0; v < n + 4; v++) {
                        sum += Math.min(v, n);
                    }
                    meanDone += sum / (n + 4) / courses;
                }
            }
            double perMember = Math.min(courses, progressTarget / meanDone / members);
            int whole = (int) Math.floor(perMember);
            int tenths = (int) Math.round((perMember - whole) * 10);
            System.out.printf("%d courses, %.1f lessons done per enrolment on average: %.2f enrolments per member%n",
                    courses, meanDone, perMember);
            String seqJ = "seq_0_to_" + (courses - 1);
            chunks(c, "enrolments", members, 50_000, (from, to) -> exec(c, """
                    INSERT INTO lrn_enrolment (account_id, course_id, version_id, enrolled_at, enrolled_by, lessons_total,
                                               lessons_done, exam_required, exam_passed_at, exam_best_percent, completed_at)
                    SELECT t.id, t.course_id, t.version_id, t.at, t.id, t.lessons, t.done, t.exam,
                           IF(t.passed, t.at + INTERVAL 20 DAY, NULL), IF(t.passed, 85, NULL),
                           IF(t.done = t.lessons AND (NOT t.exam OR t.passed), t.at + INTERVAL 20 DAY, NULL)
                    FROM (SELECT a.id, b.course_id, b.version_id, b.lessons, b.exam,
                                 UTC_TIMESTAMP(6) - INTERVAL (a.id MOD 700) DAY - INTERVAL j.seq HOUR AS at,
                                 LEAST(b.lessons, (7 * a.id + 3 * j.seq) MOD (b.lessons + 4)) AS done,
                                 b.exam AND LEAST(b.lessons, (7 * a.id + 3 * j.seq) MOD (b.lessons + 4)) = b.lessons
                                        AND (a.id + j.seq) MOD 5 <> 0 AS passed
                          FROM idn_account a JOIN %s j ON j.seq < %d + IF(a.id MOD 10 < %d, 1, 0)
                          JOIN bench_course b ON b.idx = (a.id + j.seq) MOD %d
                          WHERE a.id BETWEEN %d AND %d) t""".formatted(seqJ, whole, tenths, courses,
                    firstAccount + from - 1, firstAccount + to - 1)));
            long firstEnrolment = count(c, "SELECT MIN(id) FROM lrn_enrolment WHERE account_id >= " + firstAccount);
            long lastEnrolment = count(c, "SELECT MAX(id) FROM lrn_enrolment");
            int maxLessons = (int) count(c, "SELECT MAX(lessons) FROM bench_course");
            chunks(c, "lesson progress", lastEnrolment - firstEnrolment + 1, 40_000, (from, to) -> exec(c, """
                    INSERT INTO lrn_lesson_progress (enrolment_id, lesson_no, status, first_visit_at, last_visit_at,
                                                     seconds_spent, completed_at)
                    SELECT e.id, s.seq, 'COMPLETED', e.enrolled_at + INTERVAL s.seq DAY, e.enrolled_at + INTERVAL s.seq DAY,
                           240 + (e.id + s.seq) MOD 600, e.enrolled_at + INTERVAL s.seq DAY
                    FROM lrn_enrolment e JOIN seq_1_to_%d s ON s.seq <= e.lessons_done
                    WHERE e.id BETWEEN %d AND %d""".formatted(maxLessons, firstEnrolment + from - 1, firstEnrolment + to - 1)));

            // 40 % of members apply; by scheme 50/30/20 %; of those 5 % wait for a decision, 5 % were rejected, the rest
            // hold a certificate issued within the last three years (2 % of them revoked, the oldest expired)
            long issuer = count(c, "SELECT MIN(id) FROM idn_account WHERE email LIKE 'admin@%'");
            chunks(c, "applications", members, 100_000, (from, to) -> exec(c, """
                    INSERT INTO crt_application (account_id, scheme_code, koperasi_id, region_code, status, open_key,
                                                 submitted_at, declarations, snapshot, decided_by, decided_at)
                    SELECT t.id, t.scheme, t.kid, t.region, t.status, IF(t.status = 'SUBMITTED', CONCAT(t.id, ':', t.scheme), NULL),
                           t.at, 'DATA_TRUE', '{}', IF(t.status = 'SUBMITTED', NULL, %d), IF(t.status = 'SUBMITTED', NULL, LEAST(t.at + INTERVAL 3 DAY, UTC_TIMESTAMP(6)))
                    FROM (SELECT a.id, k.id AS kid, k.region_code AS region,
                                 CASE WHEN (a.id DIV 10) MOD 10 < 5 THEN 'CALON_PENGURUS' WHEN (a.id DIV 10) MOD 10 < 8
                                      THEN 'CALON_PENGAWAS' ELSE 'MANAJER_UNIT_USAHA' END AS scheme,
                                 CASE (a.id DIV 100) MOD 20 WHEN 0 THEN 'SUBMITTED' WHEN 1 THEN 'REJECTED' ELSE 'APPROVED' END AS status,
                                 UTC_TIMESTAMP(6) - INTERVAL ((a.id * 13) MOD 1100) DAY AS at
                          FROM idn_account a JOIN bench_koperasi k ON k.n = a.id MOD %d
                          WHERE a.id BETWEEN %d AND %d AND a.id MOD 10 < 4) t""".formatted(issuer, koperasi,
                    firstAccount + from - 1, firstAccount + to - 1)));
            long firstApp = count(c, "SELECT MIN(id) FROM crt_application WHERE account_id >= " + firstAccount);
            long lastApp = count(c, "SELECT MAX(id) FROM crt_application");
            chunks(c, "certificates", lastApp - firstApp + 1, 100_000, (from, to) -> exec(c, """
                    INSERT INTO crt_certificate (number, verification_code, application_id, account_id, scheme_code, holder_name,
                                                 koperasi_name, issued_at, valid_until, issued_by, status, snapshot,
                                                 scheme_name_id, scheme_name_en, issued_by_name, region_code, revoked_at,
                                                 revoked_by, revoke_reason)
                    SELECT CONCAT('BN/', p.id), CONCAT('BENCH', p.id), p.id, p.account_id, p.scheme_code, a.display_name,
                           k.name, p.decided_at, p.decided_at + INTERVAL 36 MONTH, %d,
                           CASE WHEN p.id MOD 50 = 7 THEN 'REVOKED' WHEN p.decided_at + INTERVAL 36 MONTH <= UTC_TIMESTAMP(6)
                                THEN 'EXPIRED' ELSE 'VALID' END,
                           '{}', s.name_id, s.name_en, 'Bench', p.region_code,
                           IF(p.id MOD 50 = 7, p.decided_at + INTERVAL 30 DAY, NULL), IF(p.id MOD 50 = 7, %d, NULL),
                           IF(p.id MOD 50 = 7, 'Bench', NULL)
                    FROM crt_application p JOIN idn_account a ON a.id = p.account_id JOIN org_koperasi k ON k.id = p.koperasi_id
                    JOIN crt_scheme s ON s.code = p.scheme_code
                    WHERE p.id BETWEEN %d AND %d AND p.status = 'APPROVED'""".formatted(issuer, issuer,
                    firstApp + from - 1, firstApp + to - 1)));

            exec(c, "DROP TABLE bench_koperasi");
            exec(c, "DROP TABLE bench_course");
            exec(c, "UPDATE rpt_state SET rebuilt_at = NULL WHERE id = 1");
            System.out.printf("%nDone in %s: %,d koperasi, %,d members, %,d enrolments, %,d progress rows, %,d applications, %,d certificates.%n"
                            + "Start the app: it rebuilds the dashboards' summaries first (see 'Reporting summaries rebuilt in').%n",
                    elapsed(), koperasi, members, count(c, "SELECT COUNT(*) FROM lrn_enrolment"),
                    count(c, "SELECT COUNT(*) FROM lrn_lesson_progress"), count(c, "SELECT COUNT(*) FROM crt_application"),
                    count(c, "SELECT COUNT(*) FROM crt_certificate"));
        }
    }

    /** Every region and one koperasi per kelurahan/desa, as the app's loader makes them (kept when there). */
    static void regions(Connection c, Path file) throws Exception {
        List<String[]> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher m = TUPLE.matcher(line);
                while (m.find()) {
                    entries.add(new String[]{m.group(1), m.group(2).replace("''", "'").replace("\\'", "'").replace("\\\\", "\\")});
                }
            }
        }
        entries.sort((a, b) -> a[0].compareTo(b[0]));
        int total = entries.size();
        int chunk = 2000;
        for (int from = 0; from < total; from += chunk) {
            List<String[]> part = entries.subList(from, Math.min(total, from + chunk));
            StringBuilder sql = new StringBuilder("INSERT IGNORE INTO org_region (code, name, level, parent_code) VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (String[] e : part) {
                    String code = e[0];
                    ps.setString(p++, code);
                    ps.setString(p++, e[1]);
                    ps.setString(p++, switch (code.length()) {
                        case 2 -> "PROVINSI";
                        case 5 -> "KABUPATEN_KOTA";
                        case 8 -> "KECAMATAN";
                        default -> "KELURAHAN_DESA";
                    });
                    ps.setString(p++, code.length() == 2 ? null : code.substring(0, code.lastIndexOf('.')));
                }
                ps.executeUpdate();
            }
            bar("regions", Math.min(total, from + chunk), total);
        }
        System.out.println();
        exec(c, """
                INSERT IGNORE INTO org_koperasi (region_code, name, created_at)
                SELECT code, CONCAT(IF(SUBSTRING(code, 10, 1) = '1', 'Koperasi Kelurahan Merah Putih ', 'Koperasi Desa Merah Putih '), name),
                       UTC_TIMESTAMP(6)
                FROM org_region WHERE level = 'KELURAHAN_DESA'""");
    }

    interface Chunk {
        void run(long from, long to) throws SQLException;
    }

    /** Runs 1..total in chunks of {@code size} (1-based, inclusive), with a progress bar. */
    static void chunks(Connection c, String what, long total, long size, Chunk work) throws SQLException {
        long t = System.nanoTime();
        for (long from = 1; from <= total; from += size) {
            work.run(from, Math.min(total, from + size - 1));
            bar(what, Math.min(total, from + size - 1), total);
        }
        System.out.printf("  (%.0f s)%n", (System.nanoTime() - t) / 1e9);
    }

    static void bar(String what, long done, long total) {
        int width = 30;
        int filled = (int) (done * width / Math.max(1, total));
        System.out.printf(Locale.ROOT, "\r%-16s [%s%s] %3d%% %,13d / %,d  %s", what, "#".repeat(filled),
                " ".repeat(width - filled), done * 100 / Math.max(1, total), done, total, elapsed());
        System.out.flush();
    }

    static String elapsed() {
        long s = (System.nanoTime() - START) / 1_000_000_000;
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
