package id.akademikoperasi.reporting.application;

import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.domain.RegionLevel;
import id.akademikoperasi.reporting.domain.Readiness;
import id.akademikoperasi.reporting.domain.Sheet;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The office dashboards: for a region, the figures of each region one level down, read from the summaries only
 * (at most a few thousand summary rows per call, whatever the size of the country).
 *
 * <pre>{@code
 * dashboards.roots(officer);                      // [64.74 Kota Bontang] for Bontang's verifier; provinces for SYSADMIN
 * dashboards.at(officer, "64.74", locale);        // its 3 kecamatan with members, learning, certificates, readiness
 * dashboards.at(officer, "64.74.01.1004", locale) // the koperasi of Guntung, with board readiness per position
 * dashboards.at(sysadmin, "", locale);            // all of Indonesia by province
 * }</pre>
 * A VERIFIER sees the regions of their grant and below; SYSADMIN sees all.
 */
@ApplicationScoped
public class Dashboards {

    /** How far ahead a valid certificate counts as expiring. */
    public static final int EXPIRING_DAYS = 90;
    /**
     * How many months the chart of certificates issued per month covers, this month included. The monthly rows are
     * the one part of the summaries that grows with time (about 1,500 city rows a month nationally): reading only
     * this window keeps the national page as fast in ten years as today.
     */
    public static final int MONTHS = 24;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegionDirectory regions;

    @Inject
    private BoardPlan board;

    @Inject
    private Tallies tallies;

    @Inject
    private Clock clock;

    /** Where the actor's dashboard starts: all of Indonesia ({@code ""}) or the regions of their grants. */
    public List<String> roots(Actor actor) {
        if (actor.can(Role.VERIFIER, "")) {
            return List.of("");
        }
        actor.require(Role.VERIFIER);
        return actor.scopesOf(Role.VERIFIER);
    }

    /**
     * @param code a region code, or {@code ""} for all of Indonesia
     * @throws id.akademikoperasi.shared.domain.AccessDeniedException when the region is not the actor's
     * @throws NotFoundException for an unknown region
     */
    public Dashboard at(Actor actor, String code, Locale locale) {
        String region = code == null ? "" : code.strip();
        actor.require(Role.VERIFIER, region);
        boolean english = locale != null && "en".equals(locale.getLanguage());
        if (region.isEmpty()) {
            List<Sheet.Child> children = regions.provinces().stream().map(r -> new Sheet.Child(r.code(), r.name())).toList();
            Sheet sheet = new Sheet(children);
            fill(sheet, "K", 2, null);
            return dashboard("", id.akademikoperasi.shared.web.Messages.text(locale, "reporting.indonesia"), List.of(), sheet, true,
                    english, null, null);
        }
        if (!RegionCode.isValid(region)) {
            throw new NotFoundException("reporting.region.notFound");
        }
        RegionCode rc = RegionCode.of(region);
        RegionView view = regions.find(rc).orElseThrow(() -> new NotFoundException("reporting.region.notFound"));
        List<RegionView> path = regions.path(rc);
        if (rc.level() == RegionLevel.KELURAHAN_DESA) {
            Optional<String> koperasi = regions.koperasiOfVillage(rc).map(k -> k.name());
            Sheet sheet = new Sheet(List.of(new Sheet.Child(region, koperasi.orElse(view.name()))));
            fill(sheet, "D", region.length(), region);
            return dashboard(region, view.name(), path, sheet, false, english, readiness(region), koperasi.orElse(null));
        }
        List<Sheet.Child> children = regions.children(rc).stream().map(r -> new Sheet.Child(r.code(), r.name())).toList();
        Sheet sheet = new Sheet(children);
        switch (rc.level()) {
            case PROVINSI -> fill(sheet, "K", 5, region);
            case KABUPATEN_KOTA -> fill(sheet, "D", 8, region);
            default -> fill(sheet, "D", 13, region);
        }
        return dashboard(region, view.name(), path, sheet, true, english, null, null);
    }

    /** Sums the summary rows under {@code within} (everything when null) by child region (its code's first {@code childLength} characters). */
    private void fill(Sheet sheet, String grain, int childLength, String within) {
        boolean exact = within != null && within.length() == childLength;
        LocalDate today = LocalDate.ofInstant(clock.instant(), id.akademikoperasi.shared.infrastructure.ClockProducer.OFFICE_ZONE);
        String firstMonth = today.minusMonths(MONTHS - 1L).toString().substring(0, 7);   // dims read "2026-11|SCHEME"
        String where = within == null ? "" : exact ? " AND region_code = ?2" : " AND region_code LIKE ?2";
        Query q = em.createNativeQuery("SELECT LEFT(region_code, ?1) AS child, metric, dim, SUM(n) FROM rpt_tally "
                        + "WHERE grain = ?3" + where + " AND (metric <> 'issued' OR dim >= ?4) GROUP BY child, metric, dim")
                .setParameter(1, childLength).setParameter(3, grain).setParameter(4, firstMonth);
        if (within != null) {
            q.setParameter(2, exact ? within : within + ".%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        for (Object[] r : rows) {
            sheet.add((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue());
        }
        String expiryWhere = within == null ? "" : exact ? " AND region_code = ?4" : " AND region_code LIKE ?4";
        Query e = em.createNativeQuery("SELECT LEFT(region_code, ?1) AS child, scheme_code, SUM(n) FROM rpt_expiry "
                        + "WHERE valid_until BETWEEN ?2 AND ?3" + expiryWhere + " GROUP BY child, scheme_code")
                .setParameter(1, childLength).setParameter(2, java.sql.Date.valueOf(today))
                .setParameter(3, java.sql.Date.valueOf(today.plusDays(EXPIRING_DAYS)));
        if (within != null) {
            e.setParameter(4, exact ? within : within + ".%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> expiring = e.getResultList();
        for (Object[] r : expiring) {
            sheet.expiring((String) r[0], (String) r[1], ((Number) r[2]).longValue());
        }
    }

    private Readiness readiness(String kelurahan) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT dim, n FROM rpt_tally WHERE grain = 'D' AND region_code = ?1 "
                + "AND metric = 'valid'").setParameter(1, kelurahan).getResultList();
        Map<String, Long> valid = new HashMap<>();
        rows.forEach(r -> valid.put((String) r[0], ((Number) r[1]).longValue()));
        return Readiness.of(board.nextElection(kelurahan), tallies.schemePositions(), valid);
    }

    private Dashboard dashboard(String code, String name, List<RegionView> path, Sheet sheet, boolean drillable,
                                boolean english, Readiness readiness, String koperasiName) {
        Map<String, String> courseTitles = titles(english ? "v.title_en" : "v.title_id",
                "SELECT c.code, %s FROM cat_course c JOIN cat_course_version v ON v.course_id = c.id "
                        + "AND v.latest = TRUE AND v.status = 'PUBLISHED'");
        Map<String, String> schemeNames = titles(english ? "name_en" : "name_id", "SELECT code, %s FROM crt_scheme");
        List<Dashboard.Course> courses = sheet.courses().stream()
                .map(c -> new Dashboard.Course(c.code(), courseTitles.getOrDefault(c.code(), c.code()), c)).toList();
        List<Dashboard.Scheme> schemes = sheet.schemes().stream()
                .map(s -> new Dashboard.Scheme(s.code(), schemeNames.getOrDefault(s.code(), s.code()), s)).toList();
        return new Dashboard(code, name, path, sheet.total(code, name), sheet.rows(), drillable, courses, schemes,
                sheet.issuedByMonth(), readiness, koperasiName);
    }

    private Map<String, String> titles(String column, String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql.formatted(column)).getResultList();
        Map<String, String> m = new HashMap<>();
        rows.forEach(r -> m.put((String) r[0], (String) r[1]));
        return m;
    }
}
