package id.akademikoperasi.reporting.application;

import id.akademikoperasi.certification.application.ApplicationsPendingChanged;
import id.akademikoperasi.certification.application.CertificateStatusChanged;
import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.learning.application.ProgressChanged;
import id.akademikoperasi.organisation.application.KoperasiLoaded;
import id.akademikoperasi.organisation.application.MembershipChanged;
import id.akademikoperasi.reporting.domain.BoardComposition;
import id.akademikoperasi.reporting.domain.Readiness;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the office dashboards' summaries ({@code rpt_tally}, {@code rpt_expiry}) up to date: each observer runs
 * inside the transaction that made the change and adds a delta with one upsert, so the counters are exactly as
 * committed — with any number of app instances, because the database does the adding under its row locks.
 * A change is attributed to the member's koperasi (their one membership row) for learning, to the certificate's or
 * the application's kelurahan for certification, and written twice: to the koperasi's row ('D') and to its
 * kabupaten/kota's row ('K').
 *
 * <p>Rows of one statement are written in key order (koperasi rows before city rows), so two transactions lock the
 * shared city rows in the same order.
 */
@ApplicationScoped
public class Tallies {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** One counter's change. */
    public record Delta(String metric, String dim, long n) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BoardPlan board;


    void onProgress(@Observes ProgressChanged e) {
        Object[] where;
        if (e.accountId() != null) {
            where = first(em.createNativeQuery("SELECT k.region_code, c.code FROM org_membership m "
                            + "JOIN org_koperasi k ON k.id = m.koperasi_id JOIN cat_course c ON c.id = ?2 WHERE m.account_id = ?1")
                    .setParameter(1, e.accountId()).setParameter(2, e.courseId()));
        } else {
            where = first(em.createNativeQuery("SELECT k.region_code, c.code FROM org_koperasi k JOIN cat_course c ON c.id = ?2 "
                    + "WHERE k.id = ?1").setParameter(1, e.koperasiId()).setParameter(2, e.courseId()));
        }
        if (where == null) {
            return;   // not a member of any koperasi (staff trying a course): not counted anywhere
        }
        String course = (String) where[1];
        add((String) where[0], List.of(new Delta("enrolled", course, e.enrolled()), new Delta("lessons", course, e.lessonsDone()),
                new Delta("completed", course, e.completed()), new Delta("exams", course, e.examsPassed())));
    }

    void onMembership(@Observes MembershipChanged e) {
        Object region = em.createNativeQuery("SELECT region_code FROM org_koperasi WHERE id = ?1")
                .setParameter(1, e.koperasiId()).getResultStream().findFirst().orElse(null);
        if (region != null) {
            add((String) region, List.of(new Delta("members", "", e.activeDelta())));
        }
    }

    void onApplications(@Observes ApplicationsPendingChanged e) {
        add(e.regionCode(), List.of(new Delta("pending", e.schemeCode(), e.delta())));
    }

    void onCertificate(@Observes CertificateStatusChanged e) {
        String region = e.regionCode();
        // readiness is recomputed from the koperasi's valid counts: its row is locked first, so certificate changes of
        // one koperasi take turns and each sees the counts the other committed
        lockReadiness(region);
        List<Delta> deltas = new ArrayList<>();
        LocalDate until = day(e.validUntil());
        if (e.from() == null) {
            deltas.add(new Delta("issued", month(e.issuedAt()) + "|" + e.schemeCode(), 1));
        } else {
            deltas.add(new Delta(metricOf(e.from()), e.schemeCode(), -1));
            if (e.from() == Certificate.Status.VALID) {
                expiry(region, until, e.schemeCode(), -1);
            }
        }
        deltas.add(new Delta(metricOf(e.to()), e.schemeCode(), 1));
        if (e.to() == Certificate.Status.VALID) {
            expiry(region, until, e.schemeCode(), 1);
        }
        add(region, deltas);
        if (e.from() == Certificate.Status.VALID || e.to() == Certificate.Status.VALID) {
            recomputeReadiness(region);
        }
    }

    /**
     * Koperasi were bulk-loaded in the observing transaction: each new one is counted, with the seats of the default
     * board (no election can be planned for a koperasi that did not exist; nothing is certified there yet), and the
     * cities of the province are summed again from their koperasi. Only the province's rows are touched, and with
     * the load, so a failure rolls both back.
     */
    void onKoperasiLoaded(@Observes KoperasiLoaded e) {
        if (e.koperasiAdded() == 0) {
            return;
        }
        String within = e.provinceCode() == null || e.provinceCode().isBlank() ? "%" : e.provinceCode().strip() + ".%";
        int seats = Readiness.of(BoardComposition.DEFAULT, schemePositions(), Map.of()).seats();
        em.createNativeQuery("""
                        INSERT INTO rpt_tally (grain, region_code, metric, dim, n)
                        SELECT 'D', k.region_code, x.metric, '', x.n FROM org_koperasi k
                        CROSS JOIN (SELECT 'koperasi' AS metric, 1 AS n UNION ALL SELECT 'seats', ?1) x
                        WHERE k.region_code LIKE ?2 AND NOT EXISTS (SELECT 1 FROM rpt_tally t WHERE t.grain = 'D'
                              AND t.region_code = k.region_code AND t.metric = 'koperasi' AND t.dim = '')""")
                .setParameter(1, seats).setParameter(2, within).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO rpt_tally (grain, region_code, metric, dim, n)
                        SELECT 'K', LEFT(region_code, 5), metric, '', SUM(n) FROM rpt_tally
                        WHERE grain = 'D' AND metric IN ('koperasi', 'seats') AND region_code LIKE ?1
                        GROUP BY LEFT(region_code, 5), metric
                        ON DUPLICATE KEY UPDATE n = VALUES(n)""")
                .setParameter(1, within).executeUpdate();
    }

    /**
     * The seats a koperasi must fill changed (its next election was set up or changed): its readiness is counted
     * again. Call inside the changing transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void boardChanged(String kelurahanCode) {
        lockReadiness(kelurahanCode);
        recomputeReadiness(kelurahanCode);
    }

    /** Adds the deltas to the koperasi's counters and to its city's, in key order; zero deltas are left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String kelurahanCode, List<Delta> deltas) {
        List<Delta> sorted = deltas.stream().filter(d -> d.n() != 0)
                .sorted(Comparator.comparing(Delta::metric).thenComparing(Delta::dim)).toList();
        if (sorted.isEmpty()) {
            return;
        }
        String city = cityOf(kelurahanCode);
        StringBuilder sql = new StringBuilder("INSERT INTO rpt_tally (grain, region_code, metric, dim, n) VALUES ");
        int rows = sorted.size() * 2;
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE n = n + VALUES(n)");
        Query q = em.createNativeQuery(sql.toString());
        int p = 1;
        for (String[] grain : new String[][]{{"D", kelurahanCode}, {"K", city}}) {
            for (Delta d : sorted) {
                q.setParameter(p++, grain[0]).setParameter(p++, grain[1]).setParameter(p++, d.metric())
                        .setParameter(p++, d.dim()).setParameter(p++, d.n());
            }
        }
        q.executeUpdate();
    }

    private void lockReadiness(String kelurahanCode) {
        em.createNativeQuery("INSERT INTO rpt_tally (grain, region_code, metric, dim, n) VALUES ('D', ?1, 'ready', '', 0) "
                + "ON DUPLICATE KEY UPDATE n = n").setParameter(1, kelurahanCode).executeUpdate();
    }

    private void recomputeReadiness(String kelurahanCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT metric, dim, n FROM rpt_tally WHERE grain = 'D' AND region_code = ?1 "
                        + "AND metric IN ('valid', 'ready', 'seats', 'seats_covered') FOR UPDATE")
                .setParameter(1, kelurahanCode).getResultList();
        Map<String, Long> valid = new HashMap<>();
        Map<String, Long> stored = new HashMap<>();
        for (Object[] r : rows) {
            long n = ((Number) r[2]).longValue();
            if ("valid".equals(r[0])) {
                valid.put((String) r[1], n);
            } else {
                stored.put((String) r[0], n);
            }
        }
        Readiness readiness = Readiness.of(board.nextElection(kelurahanCode), schemePositions(), valid);
        add(kelurahanCode, List.of(
                new Delta("ready", "", (readiness.ready() ? 1 : 0) - stored.getOrDefault("ready", 0L)),
                new Delta("seats", "", readiness.seats() - stored.getOrDefault("seats", 0L)),
                new Delta("seats_covered", "", readiness.seatsCovered() - stored.getOrDefault("seats_covered", 0L))));
    }

    Map<String, Set<String>> schemePositions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, positions FROM crt_scheme ORDER BY code").getResultList();
        Map<String, Set<String>> positions = new LinkedHashMap<>();
        rows.forEach(r -> positions.put((String) r[0], Readiness.positionsOf((String) r[1])));
        return positions;
    }

    private void expiry(String region, LocalDate until, String scheme, int n) {
        em.createNativeQuery("INSERT INTO rpt_expiry (region_code, valid_until, scheme_code, n) VALUES (?1, ?2, ?3, ?4) "
                        + "ON DUPLICATE KEY UPDATE n = n + VALUES(n)")
                .setParameter(1, region).setParameter(2, java.sql.Date.valueOf(until)).setParameter(3, scheme)
                .setParameter(4, n).executeUpdate();
    }

    private static Object[] first(Query q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.isEmpty() ? null : rows.getFirst();
    }

    static String metricOf(Certificate.Status status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kabupaten/kota of a kelurahan code: {@code 64.74.01.1004} → {@code 64.74}. */
    public static String cityOf(String kelurahanCode) {
        return kelurahanCode.substring(0, 5);
    }

    static String month(Instant at) {
        return ZonedDateTime.ofInstant(at, ClockProducer.OFFICE_ZONE).format(MONTH);
    }

    static LocalDate day(Instant at) {
        return ZonedDateTime.ofInstant(at, ClockProducer.OFFICE_ZONE).toLocalDate();
    }
}
