package id.akademikoperasi;

import id.akademikoperasi.certification.application.CertificationService;
import id.akademikoperasi.certification.application.CertificationService.SchemeChecklist;
import id.akademikoperasi.certification.application.SchemeAdministration;
import id.akademikoperasi.certification.application.SchemeAdministration.SchemeRow;
import id.akademikoperasi.certification.domain.Declaration;
import id.akademikoperasi.certification.domain.Eligibility.Check;
import id.akademikoperasi.certification.domain.Eligibility.Kind;
import id.akademikoperasi.certification.domain.Requirements;
import id.akademikoperasi.certification.domain.Scheme;
import id.akademikoperasi.certification.domain.SchemeTerms;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.Db;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The system admin manages certification schemes on the real database: a new scheme reaches the members' checklists,
 * a revision changes what they are asked, a stale form is refused, nobody else may touch schemes, a course the
 * catalog has not published is refused with nothing written. The page itself: {@link SchemesPageIT}.
 * Other tests rely on the three default schemes, so this one only creates and changes schemes of its own and leaves
 * them inactive.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchemeAdministrationIT {

    static final String PASSWORD = "Koperasi#2026";
    static final String ADMIN = "admin@demo.akademikoperasi.id";
    static final String MEMBER = "anggota@demo.akademikoperasi.id";
    static final String VERIFIER = "verifikator@demo.akademikoperasi.id";
    /** Made and changed by the service tests. */
    static final String SCHEME = "IT_MANAJER_GERAI";
    static final Locale ID = Locale.of("id");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    SchemeAdministration schemes;
    @Inject
    CertificationService certification;
    @Inject
    AccountDirectory accounts;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Actor actor(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    private static SchemeTerms terms(List<String> courses, int exam, Integer attendance) {
        return new SchemeTerms("Manajer Gerai (uji)", "Outlet Manager (test)", List.of("MANAJER"), courses, exam,
                attendance, Set.of(Declaration.DATA_TRUE), 24, 3, false, 14);
    }

    private SchemeChecklist checklistOf(String code) {
        return certification.checklists(actor(MEMBER), ID).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not among the member's checklists"));
    }

    private static List<String> courseChecks(SchemeChecklist checklist) {
        return checklist.checklist().checks().stream().filter(c -> c.kind() == Kind.COURSE).map(Check::subject).toList();
    }

    @Test
    @Order(1)
    void aNewSchemeWithTwoCoursesReachesTheMembersChecklists() {
        Actor admin = actor(ADMIN);
        int before = schemes.list(admin).size();
        schemes.create(admin, SCHEME, terms(List.of("KOP-06", "KOP-02"), 65, null), true);

        SchemeRow row = schemes.find(admin, SCHEME);
        assertTrue(row.active());
        assertEquals(List.of("KOP-06", "KOP-02"), row.terms().courses(), "the order chosen");
        assertEquals(before + 1, schemes.list(admin).size());
        Scheme offered = certification.schemes().stream().filter(s -> s.code().equals(SCHEME)).findFirst().orElseThrow();
        assertEquals(new Requirements(List.of("KOP-06", "KOP-02"), 65, null, List.of(Declaration.DATA_TRUE)),
                offered.requirements());

        SchemeChecklist mine = checklistOf(SCHEME);
        assertEquals("Manajer Gerai (uji)", mine.name());
        assertEquals(List.of("KOP-06", "KOP-02"), courseChecks(mine));
        assertEquals(Set.of("KOP-06", "KOP-02"), mine.courseTitles().keySet());
        assertFalse(mine.courseTitles().get("KOP-06").equals("KOP-06"), "titled from the catalog");
        assertTrue(mine.checklist().checks().stream().noneMatch(c -> c.kind() == Kind.ATTENDANCE), "no attendance asked");
        assertEquals(List.of("CALON_PENGAWAS", "CALON_PENGURUS", "MANAJER_UNIT_USAHA"),
                schemes.list(admin).stream().map(SchemeRow::code).filter(c -> !c.startsWith("IT_")).toList(),
                "the default schemes are still there");
    }

    @Test
    @Order(2)
    void aRevisionChangesWhatMembersAreAskedAndAStaleFormIsRefused() {
        Actor admin = actor(ADMIN);
        SchemeRow before = schemes.find(admin, SCHEME);
        schemes.revise(admin, SCHEME, before.version(), terms(List.of("KOP-02", "KOP-06", "KOP-07"), 80, 50));

        SchemeRow after = schemes.find(admin, SCHEME);
        assertTrue(after.version() > before.version(), "every revision moves the version");
        assertEquals(List.of("KOP-02", "KOP-06", "KOP-07"), after.terms().courses());
        assertEquals(80, after.terms().minExamPercent());
        SchemeChecklist mine = checklistOf(SCHEME);
        assertEquals(List.of("KOP-02", "KOP-06", "KOP-07"), courseChecks(mine));
        assertTrue(mine.checklist().checks().stream().anyMatch(c -> c.kind() == Kind.ATTENDANCE && Integer.valueOf(50).equals(c.required())),
                "attendance is asked now: " + mine.checklist().checks());

        // only the order changes: still a new version
        schemes.revise(admin, SCHEME, after.version(), terms(List.of("KOP-07", "KOP-02", "KOP-06"), 80, 50));
        SchemeRow reordered = schemes.find(admin, SCHEME);
        assertEquals(List.of("KOP-07", "KOP-02", "KOP-06"), reordered.terms().courses());
        assertTrue(reordered.version() > after.version());

        InvalidInputException stale = assertThrows(InvalidInputException.class, () -> schemes.revise(admin, SCHEME,
                after.version(), terms(List.of("KOP-01"), 10, null)), "a form filled in before the last save");
        assertTrue(stale.hasProblem("certification.scheme.changedMeanwhile"));
        assertEquals(reordered, schemes.find(admin, SCHEME), "nothing changed");

        // the terms decide later applications: each revision is in the audit chain with what changed
        Db db = new Db(dataSource);
        assertEquals(2, db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'certification.schemeRevised' AND subject = ?",
                "scheme:" + SCHEME));
        String last = db.string("SELECT details FROM aud_entry WHERE type = 'certification.schemeRevised' AND subject = ? "
                + "ORDER BY seq DESC LIMIT 1", "scheme:" + SCHEME);
        assertTrue(last.contains("\"changed\":\"courses\"") && last.contains("\"minExamPercent\":80"), last);
    }

    @Test
    @Order(3)
    void onlyTheSystemAdminManagesSchemes() {
        for (String login : List.of(VERIFIER, MEMBER)) {
            Actor other = actor(login);
            assertThrows(AccessDeniedException.class, () -> schemes.list(other), login);
            assertThrows(AccessDeniedException.class, () -> schemes.create(other, "IT_TIDAK_BOLEH",
                    terms(List.of("KOP-01"), 70, null), true), login);
            assertThrows(AccessDeniedException.class, () -> schemes.revise(other, SCHEME, 0, terms(List.of("KOP-01"), 70, null)), login);
            assertThrows(AccessDeniedException.class, () -> schemes.deactivate(other, "CALON_PENGURUS"), login);
        }
        assertTrue(schemes.list(actor(ADMIN)).stream().noneMatch(r -> r.code().equals("IT_TIDAK_BOLEH")));
        assertTrue(schemes.find(actor(ADMIN), "CALON_PENGURUS").active());
    }

    @Test
    @Order(4)
    void aCourseTheCatalogHasNotPublishedIsRefusedWithNothingWritten() {
        Actor admin = actor(ADMIN);
        Db db = new Db(dataSource);
        long schemeRows = db.count("SELECT COUNT(*) FROM crt_scheme");
        long courseRows = db.count("SELECT COUNT(*) FROM crt_scheme_course");

        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> schemes.create(admin,
                "IT_KURSUS_TAK_ADA", terms(List.of("KOP-01", "KOP-99"), 70, null), true));
        assertTrue(unknown.hasProblem("certification.scheme.courses.unknown"));
        assertEquals("courses", unknown.problems().getFirst().field());
        assertEquals(List.of("KOP-99"), unknown.problems().getFirst().arguments());

        SchemeRow current = schemes.find(admin, SCHEME);
        InvalidInputException revised = assertThrows(InvalidInputException.class, () -> schemes.revise(admin, SCHEME,
                current.version(), terms(List.of("KOP-99", "KOP-02"), 70, null)));
        assertTrue(revised.hasProblem("certification.scheme.courses.unknown"));

        InvalidInputException taken = assertThrows(InvalidInputException.class, () -> schemes.create(admin,
                "CALON_PENGAWAS", terms(List.of("KOP-01"), 70, null), true));
        assertTrue(taken.hasProblem("certification.scheme.code.taken"));

        InvalidInputException several = assertThrows(InvalidInputException.class, () -> schemes.create(admin,
                "it-kecil", new SchemeTerms("", "x", List.of(), List.of("KOP-01", "KOP-01"), 101, 0, Set.of(), 12, 12, true, 400), true));
        assertEquals(Set.of("code", "nameId", "positions", "courses", "minExamPercent", "minAttendancePercent",
                "recertWindowMonths", "reapplyWaitDays"), Set.copyOf(several.problems().stream().map(p -> p.field()).toList()));

        assertEquals(schemeRows, db.count("SELECT COUNT(*) FROM crt_scheme"));
        assertEquals(courseRows, db.count("SELECT COUNT(*) FROM crt_scheme_course"));
        assertEquals(current, schemes.find(admin, SCHEME));
    }

    @Test
    @Order(5)
    void aDeactivatedSchemeLeavesTheChecklistsButNotTheAdminsList() {
        Actor admin = actor(ADMIN);
        schemes.deactivate(admin, SCHEME);
        assertTrue(certification.schemes().stream().noneMatch(s -> s.code().equals(SCHEME)));
        assertTrue(certification.checklists(actor(MEMBER), ID).stream().noneMatch(c -> c.code().equals(SCHEME)));
        assertFalse(schemes.find(admin, SCHEME).active());
    }

    @Test
    @Order(6)
    void theDefaultSchemesAreAsTheMigrationLoadedThem() {
        Actor admin = actor(ADMIN);
        for (String code : List.of("CALON_PENGURUS", "CALON_PENGAWAS", "MANAJER_UNIT_USAHA")) {
            assertTrue(schemes.find(admin, code).active(), code);
        }
        assertEquals(70, schemes.find(admin, "CALON_PENGAWAS").terms().minExamPercent());
        assertEquals(List.of("KOP-01", "KOP-02", "KOP-03", "KOP-04", "KOP-08"),
                schemes.find(admin, "CALON_PENGURUS").terms().courses());
    }
}
