package id.akademikoperasi;

import id.akademikoperasi.assessment.application.AttemptHistory;
import id.akademikoperasi.assessment.application.AttemptHistory.AttemptLine;
import id.akademikoperasi.assessment.application.ExamService;
import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.LessonLink;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.learning.application.LearningHistory;
import id.akademikoperasi.learning.application.LearningHistory.CourseEntry;
import id.akademikoperasi.learning.application.LearningHistory.LessonEntry;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.application.LearningService.EnrolCandidate;
import id.akademikoperasi.learning.domain.LessonStatus;
import id.akademikoperasi.organisation.application.MembershipService;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enrolling a chosen list of a koperasi's members (all or nothing, by the people allowed to), and the member's own
 * learning history with their exam attempts, on the real database. Uses KOP-10, which no other test enrols in, and
 * demo members of Guntung that other tests leave alone; counts are always narrowed to them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnrolmentAndHistoryIT {

    static final String COURSE = "KOP-10";
    static final String GUNTUNG = "64.74.01.1004";
    static final Locale ID = Locale.of("id");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    LearningService learning;
    @Inject
    LearningHistory history;
    @Inject
    AttemptHistory attempts;
    @Inject
    ExamService exams;
    @Inject
    CatalogService catalog;
    @Inject
    MembershipService memberships;
    @Inject
    AccountDirectory accounts;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Actor actor(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    // demo members of Guntung (index 12, 13, 14, 18, 19) and one of Bontang Kuala (15)
    private Actor rina() { return actor("+6281255000012"); }
    private Actor andi() { return actor("+6281255000013"); }
    private Actor lestari() { return actor("+6281255000014"); }
    private Actor muhammadOfBontangKuala() { return actor("+6281255000015"); }
    private Actor ratna() { return actor("+6281255000018"); }
    private Actor joko() { return actor("+6281255000019"); }

    private Actor secretariat() {
        return actor("sekretariat.guntung@demo.akademikoperasi.id");
    }

    private KoperasiId guntung() {
        return new KoperasiId(new Db(dataSource).count("SELECT id FROM org_koperasi WHERE region_code = ?", GUNTUNG));
    }

    private static List<AccountId> ids(Actor... people) {
        return java.util.Arrays.stream(people).map(p -> AccountId.of(p.accountId())).toList();
    }

    private boolean enrolled(Actor person) {
        return new Db(dataSource).count("SELECT COUNT(*) FROM lrn_enrolment e JOIN cat_course c ON c.id = e.course_id "
                + "WHERE c.code = ? AND e.account_id = ?", COURSE, person.accountId()) == 1;
    }

    private long enrolmentsInCourse() {
        return new Db(dataSource).count("SELECT COUNT(*) FROM lrn_enrolment e JOIN cat_course c ON c.id = e.course_id "
                + "WHERE c.code = ?", COURSE);
    }

    @Test
    @Order(1)
    void theChosenMembersAreEnrolledAndThoseAlreadyEnrolledSkipped() {
        Actor secretariat = secretariat();
        long before = enrolmentsInCourse();

        assertEquals(2, learning.enrolMembers(secretariat, COURSE, guntung(), ids(rina(), andi())));
        assertTrue(enrolled(rina()) && enrolled(andi()));
        assertFalse(enrolled(lestari()), "only those chosen");
        assertEquals(before + 2, enrolmentsInCourse());
        Db db = new Db(dataSource);
        assertEquals(secretariat.accountId(), db.count("SELECT e.enrolled_by FROM lrn_enrolment e JOIN cat_course c "
                + "ON c.id = e.course_id WHERE c.code = ? AND e.account_id = ?", COURSE, rina().accountId()));
        assertEquals(catalog.latestPublished(COURSE).orElseThrow().versionId().value(), db.count("SELECT e.version_id "
                + "FROM lrn_enrolment e JOIN cat_course c ON c.id = e.course_id WHERE c.code = ? AND e.account_id = ?",
                COURSE, rina().accountId()), "pinned to the latest published version");

        assertEquals(1, learning.enrolMembers(secretariat, COURSE, guntung(), ids(andi(), lestari(), lestari())),
                "Andi is skipped, Lestari counted once");
        assertEquals(before + 3, enrolmentsInCourse());

        List<EnrolCandidate> listed = learning.enrolCandidates(secretariat, COURSE, guntung(), "Rina Nasution", 0, 20);
        assertEquals(1, listed.size(), listed.toString());
        assertTrue(listed.getFirst().enrolled(), "shown as already enrolled");
        assertFalse(learning.enrolCandidates(secretariat, COURSE, guntung(), "Ratna Gunawan", 0, 20).getFirst().enrolled());
        var count = learning.enrolCount(secretariat, COURSE, guntung(), "");
        assertEquals(db.count("SELECT COUNT(*) FROM org_membership WHERE koperasi_id = ? AND status = 'ACTIVE'",
                guntung().value()), count.members());
        assertEquals(db.count("SELECT COUNT(*) FROM lrn_enrolment e JOIN cat_course c ON c.id = e.course_id JOIN org_membership m "
                + "ON m.account_id = e.account_id WHERE c.code = ? AND m.koperasi_id = ?", COURSE, guntung().value()), count.enrolled());
    }

    @Test
    @Order(2)
    void aListWithSomeoneWhoIsNoActiveMemberIsRefusedAndNothingIsWritten() {
        Actor secretariat = secretariat();
        long total = new Db(dataSource).count("SELECT COUNT(*) FROM lrn_enrolment");

        InvalidInputException stranger = assertThrows(InvalidInputException.class, () -> learning.enrolMembers(
                secretariat, COURSE, guntung(), ids(ratna(), muhammadOfBontangKuala())));
        assertTrue(stranger.hasProblem("learning.enrol.notMembers"));
        assertEquals(1, stranger.problems().getFirst().arguments().getFirst(), "says how many are not members");
        assertFalse(enrolled(ratna()), "all or nothing: the member in the list is not enrolled either");

        memberships.setActive(secretariat, joko().accountId(), false);
        try {
            assertThrows(InvalidInputException.class, () -> learning.enrolMembers(secretariat, COURSE, guntung(), ids(joko())),
                    "an ended membership counts as no membership");
            assertFalse(enrolled(joko()));
            assertTrue(learning.enrolCandidates(secretariat, COURSE, guntung(), "Joko Saputra", 0, 20).isEmpty(),
                    "ended members are not offered");
        } finally {
            memberships.setActive(secretariat, joko().accountId(), true);
        }

        assertTrue(assertThrows(InvalidInputException.class, () -> learning.enrolMembers(secretariat, COURSE, guntung(), List.of()))
                .hasProblem("learning.enrol.noneChosen"));
        assertEquals(total, new Db(dataSource).count("SELECT COUNT(*) FROM lrn_enrolment"), "refused: nothing written");
    }

    @Test
    @Order(3)
    void onlyTrainersAndTheSecretariatOfThatKelurahanMayEnrolItsMembers() {
        long total = new Db(dataSource).count("SELECT COUNT(*) FROM lrn_enrolment");
        Actor bontangKuala = new Actor(secretariat().accountId(), "sekretariat lain",
                Set.of(Grant.of(Role.COOP_ADMIN, "64.74.01.1001")));
        assertThrows(AccessDeniedException.class, () -> learning.enrolMembers(bontangKuala, COURSE, guntung(), ids(ratna())));
        assertThrows(AccessDeniedException.class, () -> learning.enrolCandidates(bontangKuala, COURSE, guntung(), "", 0, 20),
                "nor sees who they are");
        assertThrows(AccessDeniedException.class, () -> learning.enrolMembers(rina(), COURSE, guntung(), ids(ratna())),
                "a member enrols only themselves");
        assertEquals(total, new Db(dataSource).count("SELECT COUNT(*) FROM lrn_enrolment"), "refused: nothing written");

        Actor trainer = actor("pelatih@demo.akademikoperasi.id");
        assertEquals(1, learning.enrolMembers(trainer, COURSE, guntung(), ids(ratna())));
        assertTrue(enrolled(ratna()));
    }

    @Test
    @Order(4)
    void aMemberSeesTheirOwnCoursesLessonsAndAttemptsAndNobodyElses() {
        Actor rina = rina();
        learning.visit(rina, COURSE, 1);
        learning.markDone(rina, COURSE, 1);
        learning.spend(rina, COURSE, 1, 90);
        learning.visit(rina, COURSE, 2);
        long rinasAttempt = exams.start(rina, COURSE, ID).id();
        exams.submit(rina, rinasAttempt, ID);
        Actor andi = andi();
        long andisAttempt = exams.start(andi, COURSE, ID).id();
        exams.submit(andi, andisAttempt, ID);

        List<CourseEntry> courses = history.of(rina, ID);
        CourseEntry course = courses.stream().filter(c -> c.code().equals(COURSE)).findFirst().orElseThrow();
        Db db = new Db(dataSource);
        assertEquals(db.count("SELECT v.number FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id "
                + "WHERE c.code = ? AND v.latest = TRUE", COURSE), course.versionNumber());
        assertEquals(LessonStatus.IN_PROGRESS, course.status());
        assertEquals(1, course.lessonsDone());
        assertNotNull(course.enrolledAt());
        assertNull(course.completedAt());
        List<String> titles = catalog.outline(COURSE, ID).orElseThrow().modules().stream()
                .flatMap(m -> m.lessons().stream()).map(LessonLink::title).toList();
        assertEquals(titles, course.lessons().stream().map(LessonEntry::title).toList(),
                "every lesson of the version, numbered as the reader numbers them");
        LessonEntry first = course.lessons().get(0);
        assertEquals(LessonStatus.COMPLETED, first.status());
        assertEquals(90, first.secondsSpent());
        assertNotNull(first.firstVisitAt());
        assertNotNull(first.completedAt());
        assertEquals(LessonStatus.IN_PROGRESS, course.lessons().get(1).status());
        LessonEntry never = course.lessons().get(2);
        assertEquals(LessonStatus.NOT_STARTED, never.status());
        assertNull(never.firstVisitAt());
        assertEquals(0, never.secondsSpent());

        assertEquals(db.count("SELECT COUNT(*) FROM lrn_enrolment WHERE account_id = ?", rina.accountId()), courses.size());
        for (CourseEntry c : courses) {
            assertEquals(rina.accountId(), db.count("SELECT account_id FROM lrn_enrolment WHERE id = ?", c.enrolmentId()),
                    "only the member's own enrolments");
        }

        List<AttemptLine> rinas = attempts.of(rina);
        assertEquals(List.of(rinasAttempt), rinas.stream().map(AttemptLine::id).toList(), "her attempt, not Andi's");
        AttemptLine attempt = rinas.getFirst();
        assertEquals(course.enrolmentId(), attempt.enrolmentId());
        assertEquals(1, attempt.number());
        assertEquals("MEMBER", attempt.how());
        assertTrue(attempt.isSubmitted());
        assertNotNull(attempt.percent());
        assertFalse(attempt.isPassed(), "handed in without answers");
        assertEquals(List.of(andisAttempt), attempts.of(andi).stream().map(AttemptLine::id).toList());
        assertTrue(history.of(andi, ID).stream().noneMatch(c -> c.enrolmentId() == course.enrolmentId()));

        Actor staff = secretariat();
        assertTrue(history.of(staff, ID).isEmpty() && attempts.of(staff).isEmpty(), "someone who never enrolled");
    }
}
