package id.akademikoperasi.reporting.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up summary rows ({@code child, metric, dim, n}) into the figures a dashboard shows: one row per child region
 * in the given order, the total, and the breakdowns by course, by scheme and by month of issue.
 *
 * <pre>{@code
 * Sheet sheet = new Sheet(List.of(new Sheet.Child("64.74.01", "Bontang Utara"), ...));
 * sheet.add("64.74.01", "members", "", 120);
 * sheet.add("64.74.01", "completed", "KOP-01", 8);
 * sheet.expiring("64.74.01", "CALON_PENGURUS", 2);
 * sheet.rows();   // one Figures per child
 * }</pre>
 */
public final class Sheet {

    public record Child(String code, String name) implements Serializable {
    }

    /** Learning figures of one course. */
    public record CourseLine(String code, long enrolled, long lessonsDone, long completed, long examsPassed)
            implements Serializable {
    }

    /** Certification figures of one scheme. */
    public record SchemeLine(String code, long valid, long expiring, long revoked, long expired, long pending)
            implements Serializable {
    }

    private final List<Child> children;
    private final Map<String, Map<String, Long>> byChild = new HashMap<>();
    private final Map<String, long[]> courses = new TreeMap<>();
    private final Map<String, long[]> schemes = new TreeMap<>();
    private final Map<String, Map<String, Long>> months = new TreeMap<>();

    public Sheet(List<Child> children) {
        this.children = List.copyOf(children);
    }

    public void add(String child, String metric, String dim, long n) {
        byChild.computeIfAbsent(child, c -> new HashMap<>()).merge(metric, n, Long::sum);
        switch (metric) {
            case "enrolled" -> courses.computeIfAbsent(dim, d -> new long[4])[0] += n;
            case "lessons" -> courses.computeIfAbsent(dim, d -> new long[4])[1] += n;
            case "completed" -> courses.computeIfAbsent(dim, d -> new long[4])[2] += n;
            case "exams" -> courses.computeIfAbsent(dim, d -> new long[4])[3] += n;
            case "valid" -> schemes.computeIfAbsent(dim, d -> new long[5])[0] += n;
            case "revoked" -> schemes.computeIfAbsent(dim, d -> new long[5])[2] += n;
            case "expired" -> schemes.computeIfAbsent(dim, d -> new long[5])[3] += n;
            case "pending" -> schemes.computeIfAbsent(dim, d -> new long[5])[4] += n;
            case "issued" -> {
                int bar = dim.indexOf('|');
                String month = bar < 0 ? dim : dim.substring(0, bar);
                String scheme = bar < 0 ? "" : dim.substring(bar + 1);
                months.computeIfAbsent(month, m -> new TreeMap<>()).merge(scheme, n, Long::sum);
            }
            default -> { }
        }
    }

    /** Valid certificates of a scheme in a child region that end within the coming 90 days. */
    public void expiring(String child, String scheme, long n) {
        byChild.computeIfAbsent(child, c -> new HashMap<>()).merge("expiring", n, Long::sum);
        schemes.computeIfAbsent(scheme, d -> new long[5])[1] += n;
    }

    public List<Figures> rows() {
        List<Figures> rows = new ArrayList<>();
        for (Child child : children) {
            rows.add(figures(child.code(), child.name(), byChild.getOrDefault(child.code(), Map.of())));
        }
        return rows;
    }

    public Figures total(String code, String name) {
        Map<String, Long> sum = new HashMap<>();
        for (Child child : children) {
            byChild.getOrDefault(child.code(), Map.of()).forEach((k, v) -> sum.merge(k, v, Long::sum));
        }
        return figures(code, name, sum);
    }

    public List<CourseLine> courses() {
        return courses.entrySet().stream()
                .map(e -> new CourseLine(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }

    public List<SchemeLine> schemes() {
        return schemes.entrySet().stream()
                .map(e -> new SchemeLine(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                        e.getValue()[4]))
                .toList();
    }

    /** Certificates issued per month ({@code yyyy-MM}, oldest first), by scheme. */
    public Map<String, Map<String, Long>> issuedByMonth() {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        months.forEach((m, s) -> copy.put(m, Map.copyOf(s)));
        return copy;
    }

    private static Figures figures(String code, String name, Map<String, Long> m) {
        return new Figures(code, name, get(m, "koperasi"), get(m, "members"), get(m, "enrolled"), get(m, "lessons"),
                get(m, "completed"), get(m, "exams"), get(m, "valid"), get(m, "expiring"), get(m, "revoked"),
                get(m, "expired"), get(m, "pending"), get(m, "ready"), get(m, "seats"), get(m, "seats_covered"));
    }

    private static long get(Map<String, Long> m, String metric) {
        return m.getOrDefault(metric, 0L);
    }
}
