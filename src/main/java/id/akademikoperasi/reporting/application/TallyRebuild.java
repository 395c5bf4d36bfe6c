package id.akademikoperasi.reporting.application;

import id.akademikoperasi.reporting.domain.Readiness;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the dashboards' summaries again from the source tables: for the first start after the reporting schema
 * arrives, after a bulk load that bypassed the services (bench/generate), and to repair. At national scale it reads
 * every enrolment once (about a minute for 5 million), never the progress or answer rows.
 *
 * <p>A full rebuild replaces the counters while it runs, so changes committed during it may be counted twice or not
 * at all: run it when nobody writes (at start, before the app serves, or in a maintenance window). One instance at a
 * time: a database lock ({@code GET_LOCK}) makes a second caller skip.
 *
 * <pre>{@code
 * rebuild.all();   // → true when this call did the rebuild
 * }</pre>
 */
@ApplicationScoped
public class TallyRebuild {

    private static final String LOCK = "ak_rpt_rebuild";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private BoardPlan board;

    /** Whether the summaries were never built (the next start builds them). */
    public boolean needed() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT rebuilt_at FROM rpt_state WHERE id = 1")) {
            return !r.next() || r.getTimestamp(1) == null;
        } catch (SQLException e) {
            throw new IllegalStateException("reading rpt_state failed", e);
        }
    }

    /**
     * At start: rebuilds every summary if they were never built, waiting while another instance rebuilds and then
     * asking again, so that an instance never serves while the summaries are being replaced under it. Returns
     * whether this call did the rebuild.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean ensureBuilt() {
        if (!needed()) {
            return false;
        }
        boolean[] done = {false};
        locked(START_WAIT_SECONDS, c -> {
            if (needed()) {
                rebuildAll(c);
                done[0] = true;
            }
        });
        return done[0];
    }

    /** How long a starting instance waits for another one's rebuild (a national rebuild takes about 5-9 minutes). */
    private static final int START_WAIT_SECONDS = 3600;

    /** Rebuilds every summary; returns false when another instance is rebuilding already. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean all() {
        return locked(0, this::rebuildAll);
    }

    private void rebuildAll(Connection c) throws SQLException {
        long started = System.nanoTime();
        long offset = ClockProducer.OFFICE_ZONE.getRules().getOffset(Instant.now()).getTotalSeconds();
        exec(c, "DELETE FROM rpt_tally");
        exec(c, "DELETE FROM rpt_expiry");
        exec(c, "INSERT INTO rpt_tally (grain, region_code, metric, dim, n) SELECT 'D', region_code, 'koperasi', '', 1 FROM org_koperasi");
        exec(c, """
                INSERT INTO rpt_tally (grain, region_code, metric, dim, n)
                SELECT 'D', k.region_code, 'members', '', t.n
                FROM (SELECT koperasi_id, COUNT(*) n FROM org_membership WHERE status = 'ACTIVE' GROUP BY koperasi_id) t
                JOIN org_koperasi k ON k.id = t.koperasi_id""");
        // one pass over the enrolments (their counters are kept by the learning context), four metrics out of it.
        // MariaDB would otherwise split the grouped derived table per course (a LATERAL DERIVED plan) and fetch
        // the enrolments course by course through the index, re-reading the table's pages: 15 of the 17 minutes
        // of a national-scale rebuild (13.5 M enrolments); with the split off the same pass took 115 s.
        exec(c, """
                SET STATEMENT optimizer_switch = 'split_materialized=off' FOR
                INSERT INTO rpt_tally (grain, region_code, metric, dim, n)
                SELECT 'D', k.region_code, x.metric, c.code,
                       CASE x.metric WHEN 'enrolled' THEN t.enrolled WHEN 'lessons' THEN t.lessons
                                     WHEN 'completed' THEN t.completed ELSE t.exams END AS v
                FROM (SELECT m.koperasi_id, e.course_id, COUNT(*) enrolled, SUM(e.lessons_done) lessons,
                             COUNT(e.completed_at) completed, COUNT(e.exam_passed_at) exams
                      FROM lrn_enrolment e JOIN org_membership m ON m.account_id = e.account_id
                      GROUP BY m.koperasi_id, e.course_id) t
                JOIN org_koperasi k ON k.id = t.koperasi_id
                JOIN cat_course c ON c.id = t.course_id
                CROSS JOIN (SELECT 'enrolled' AS metric UNION ALL SELECT 'lessons' UNION ALL SELECT 'completed'
                            UNION ALL SELECT 'exams') x
                HAVING v <> 0""");
        exec(c, """
                INSERT INTO rpt_tally (grain, region_code, metric, dim, n)
                SELECT 'D', region_code, 'pending', scheme_code, COUNT(*) FROM crt_application
                WHERE status IN ('SUBMITTED', 'INFO_REQUESTED') GROUP BY region_code, scheme_code""");
        exec(c, """
                INSERT INTO rpt_tally (grain, region_code, metric, dim, n)
                SELECT 'D', region_code, LOWER(status), scheme_code, COUNT(*) FROM crt_certificate
                GROUP BY region_code, status, scheme_code""");
        exec(c, """
                INSERT INTO rpt_tally (grain, region_code, metric, dim, n)
                SELECT 'D', region_code, 'issued', CONCAT(DATE_FORMAT(DATE_ADD(issued_at, INTERVAL %d SECOND), '%%Y-%%m'), '|', scheme_code),
                       COUNT(*)
                FROM crt_certificate GROUP BY 2, 4""".formatted(offset));
        exec(c, """
                INSERT INTO rpt_expiry (region_code, valid_until, scheme_code, n)
                SELECT region_code, DATE(DATE_ADD(valid_until, INTERVAL %d SECOND)), scheme_code, COUNT(*)
                FROM crt_certificate WHERE status = 'VALID' GROUP BY 1, 2, 3""".formatted(offset));
        readiness(c);
        exec(c, """
                INSERT INTO rpt_tally (grain, region_code, metric, dim, n)
                SELECT 'K', LEFT(region_code, 5), metric, dim, SUM(n) FROM rpt_tally WHERE grain = 'D'
                GROUP BY LEFT(region_code, 5), metric, dim""");
        // an upsert: a state row lost to a hand-made clean-up must not make every start rebuild again
        exec(c, "INSERT INTO rpt_state (id, rebuilt_at) VALUES (1, UTC_TIMESTAMP(6)) "
                + "ON DUPLICATE KEY UPDATE rebuilt_at = VALUES(rebuilt_at)");
        StructuredLog.event("reporting.rebuilt", "ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Every koperasi's readiness from its valid certificates (the 'valid' rows must be counted already). */
    private void readiness(Connection c) throws SQLException {
        Map<String, Set<String>> positions = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code, positions FROM crt_scheme")) {
            while (r.next()) {
                positions.put(r.getString(1), Readiness.positionsOf(r.getString(2)));
            }
        }
        List<Object[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT k.region_code, t.dim, t.n FROM org_koperasi k
                LEFT JOIN rpt_tally t ON t.grain = 'D' AND t.region_code = k.region_code AND t.metric = 'valid'
                ORDER BY k.region_code""")) {
            String current = null;
            Map<String, Long> valid = new HashMap<>();
            while (r.next()) {
                String region = r.getString(1);
                if (current != null && !current.equals(region)) {
                    out.addAll(rows(current, Readiness.of(board.nextElection(current), positions, valid)));
                    valid = new HashMap<>();
                }
                current = region;
                if (r.getString(2) != null) {
                    valid.put(r.getString(2), r.getLong(3));
                }
            }
            if (current != null) {
                out.addAll(rows(current, Readiness.of(board.nextElection(current), positions, valid)));
            }
        }
        insert(c, out);
    }

    private static List<Object[]> rows(String region, Readiness r) {
        List<Object[]> rows = new ArrayList<>(3);
        if (r.ready()) {
            rows.add(new Object[]{region, "ready", 1L});
        }
        rows.add(new Object[]{region, "seats", (long) r.seats()});
        if (r.seatsCovered() > 0) {
            rows.add(new Object[]{region, "seats_covered", (long) r.seatsCovered()});
        }
        return rows;
    }

    private static void insert(Connection c, List<Object[]> rows) throws SQLException {
        int chunk = 1000;
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            StringBuilder sql = new StringBuilder("INSERT INTO rpt_tally (grain, region_code, metric, dim, n) VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("('D', ?, ?, '', ?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (Object[] row : part) {
                    ps.setString(p++, (String) row[0]);
                    ps.setString(p++, (String) row[1]);
                    ps.setLong(p++, (Long) row[2]);
                }
                ps.executeUpdate();
            }
        }
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Runs the work under the database lock, waiting up to {@code waitSeconds} for it; false when not had. */
    private boolean locked(int waitSeconds, Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT GET_LOCK('" + LOCK + "', " + waitSeconds + ")")) {
                if (!r.next() || r.getInt(1) != 1) {
                    return false;
                }
            }
            try {
                work.run(c);
            } finally {
                exec(c, "DO RELEASE_LOCK('" + LOCK + "')");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("rebuilding the reporting summaries failed", e);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
