package id.akademikoperasi;

import id.akademikoperasi.assessment.application.ExamService;
import id.akademikoperasi.assessment.application.ExamViews.AttemptView;
import id.akademikoperasi.assessment.application.ExamViews.QuestionView;
import id.akademikoperasi.assessment.application.QuestionBankCheck;
import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.scoring.Response;
import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.domain.Enrolment;
import id.akademikoperasi.learning.domain.LessonStatus;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.AdjustableClock;
import id.akademikoperasi.testsupport.incontainer.AnswerKey;
import id.akademikoperasi.testsupport.incontainer.Db;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import id.akademikoperasi.testsupport.HttpLogin;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;

import javax.sql.DataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The final exam of a shipped course (KOP-06: 10 questions, pass mark 75, 25 minutes, 3 attempts, 10 minutes
 * between them) on the real database, with the application's clock moved forward instead of waiting.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExamIT {

    static final String COURSE = "KOP-06";
    static final Locale ID = Locale.of("id");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    ExamService exams;
    @Inject
    LearningService learning;
    @Inject
    CatalogService catalog;
    @Inject
    QuestionBankCheck banks;
    @Inject
    AccountDirectory accounts;
    @Inject
    AdjustableClock clock;
    @Inject
    AnswerKey answerKey;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private Actor member(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    private Actor siti() {
        return member("anggota@demo.akademikoperasi.id");
    }

    private long openAttempts(Actor actor) {
        return new Db(dataSource).count("SELECT COUNT(*) FROM asm_attempt WHERE account_id = ? AND submitted_at IS NULL", actor.accountId());
    }

    @Test
    @Order(1)
    void answersAreKeptWhenTheMemberComesBackAndNobodyElseReachesTheAttempt() {
        Actor siti = siti();
        assertThrows(NotFoundException.class, () -> exams.start(member("+6281255000010"), COURSE, ID), "not enrolled");
        learning.enrol(siti, COURSE);
        AttemptView first = exams.start(siti, COURSE, ID);
        assertEquals(10, first.questions().size());
        assertEquals(1, first.number());
        assertEquals(Duration.ofMinutes(25), Duration.between(first.startedAt(), first.deadlineAt()));

        for (QuestionView q : first.questions().subList(0, 3)) {
            exams.save(siti, first.id(), q.slot(), someAnswer(q));
        }
        exams.save(siti, first.id(), 1, someAnswer(first.questions().get(0))); // changing an answer replaces it

        AttemptView resumed = exams.start(siti, COURSE, ID); // a reload, or another phone
        assertEquals(first.id(), resumed.id(), "the open attempt is resumed, not a second one started");
        assertEquals(3, resumed.answered());
        assertEquals(first.questions().stream().map(QuestionView::text).toList(),
                resumed.questions().stream().map(QuestionView::text).toList(), "the same questions in the same order");
        assertEquals(first.questions().get(0).choices(), resumed.questions().get(0).choices(), "options in the same order");

        Actor other = member("+6281255000003");
        assertThrows(NotFoundException.class, () -> exams.attempt(other, first.id(), ID), "another member's attempt does not exist for them");
        assertThrows(NotFoundException.class, () -> exams.save(other, first.id(), 4, someAnswer(first.questions().get(3))));
        assertThrows(NotFoundException.class, () -> exams.submit(other, first.id(), ID));
        assertEquals(3, new Db(dataSource).count("SELECT COUNT(*) FROM asm_answer WHERE attempt_id = ?", first.id()));
    }

    @Test
    @Order(2)
    void twoSubmitsAtOnceGiveOneGrade() throws Exception {
        Actor siti = siti();
        long id = exams.start(siti, COURSE, ID).id();
        Callable<AttemptView> submit = () -> exams.submit(siti, id, ID);
        Future<AttemptView> a = executor.submit(submit);
        Future<AttemptView> b = executor.submit(submit);
        AttemptView one = a.get();
        AttemptView two = b.get();
        assertEquals(one.submittedAt(), two.submittedAt(), "the second submit sees the first grade");
        assertEquals(one.percent(), two.percent());
        assertFalse(one.passed(), "three answers of ten cannot pass");
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM asm_attempt WHERE id = ? AND submitted_how = 'MEMBER'", id));
        assertEquals(0, openAttempts(siti));
        assertThrows(InvalidInputException.class, () -> exams.save(siti, id, 5, new Response.Bool(true)),
                "answers cannot change after submission");
        Enrolment enrolment = learning.enrolment(siti, COURSE).orElseThrow();
        assertEquals(0, one.percent().compareTo(enrolment.examBestPercent()));
    }

    @Test
    @Order(3)
    void theMemberWaitsBetweenAttemptsAndTimeUpSubmitsWhatWasSaved() {
        Actor siti = siti();
        InvalidInputException wait = assertThrows(InvalidInputException.class, () -> exams.start(siti, COURSE, ID));
        assertEquals("assessment.start.MUST_WAIT", wait.problems().getFirst().messageKey());

        clock.advance(Duration.ofMinutes(11));
        AttemptView second = exams.start(siti, COURSE, ID);
        assertEquals(2, second.number());
        exams.save(siti, second.id(), 1, someAnswer(second.questions().get(0)));

        clock.advance(Duration.ofMinutes(26));
        assertThrows(InvalidInputException.class, () -> exams.save(siti, second.id(), 2, someAnswer(second.questions().get(1))),
                "after the deadline nothing is saved");
        AttemptView timedOut = exams.attempt(siti, second.id(), ID);
        assertTrue(timedOut.isSubmitted());
        assertEquals(timedOut.deadlineAt(), timedOut.submittedAt(), "submitted as of the deadline");
        assertEquals(1, timedOut.answered(), "with what was saved");
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM asm_attempt WHERE id = ? AND submitted_how = 'TIMEOUT'", second.id()));
    }

    @Test
    @Order(4)
    void passingTheExamAndTheLessonsCompletesTheCourse() {
        Actor siti = siti();
        clock.advance(Duration.ofMinutes(11));
        AttemptView third = exams.start(siti, COURSE, ID);
        assertEquals(3, third.number());
        List<ParsedQuestion> drawn = drawnQuestions(third.id());
        for (QuestionView q : third.questions()) {
            exams.save(siti, third.id(), q.slot(), rightAnswer(drawn.get(q.slot() - 1)));
        }
        AttemptView graded = exams.submit(siti, third.id(), ID);
        assertTrue(graded.passed(), "all right: " + graded.percent());
        assertTrue(graded.percent().compareTo(new java.math.BigDecimal("99")) >= 0, graded.percent().toPlainString());
        assertTrue(graded.questions().stream().allMatch(q -> q.fraction() != null && q.fraction().signum() > 0));

        Enrolment enrolment = learning.enrolment(siti, COURSE).orElseThrow();
        assertNotNull(enrolment.examPassedAt());
        assertFalse(enrolment.isCompleted(), "the lessons are not done yet");
        for (int no = 1; no <= enrolment.lessonsTotal(); no++) {
            learning.markDone(siti, COURSE, no);
        }
        assertTrue(learning.enrolment(siti, COURSE).orElseThrow().isCompleted());

        InvalidInputException again = assertThrows(InvalidInputException.class, () -> exams.start(siti, COURSE, ID));
        assertEquals("assessment.start.ALREADY_PASSED", again.problems().getFirst().messageKey());
        assertEquals(3, exams.attempts(siti, COURSE).size());
    }

    @Test
    @Order(5)
    void attemptsLeftOpenAreSubmittedByTheTimer() {
        Actor other = member("+6281255000004");
        learning.enrol(other, COURSE);
        AttemptView open = exams.start(other, COURSE, ID);
        assertNull(open.submittedAt());
        clock.advance(Duration.ofMinutes(30));
        assertTrue(exams.submitOverdue() >= 1);
        assertEquals(0, openAttempts(other));
    }

    static final String SCRIPT_MEMBER = "+6281255000007";

    @Test
    @Order(6)
    void aMemberOpensAnAttemptForThePageScript() {
        Actor member = member(SCRIPT_MEMBER);
        learning.enrol(member, COURSE);
        assertEquals(1, exams.start(member, COURSE, ID).number());
    }

    @ArquillianResource
    URL base;

    /** What the exam page's script does over HTTP: only its own member, from the app's own pages, and once handed in, no more. */
    @Test
    @Order(7)
    @RunAsClient
    void thePageScriptSavesAnswersAndHandsInForItsOwnMemberOnly() throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("ak.it.db.port") + "/akademi_it";
        long attempt;
        try (Connection db = DriverManager.getConnection(url, "root", "");
             PreparedStatement open = db.prepareStatement("SELECT a.id FROM asm_attempt a JOIN idn_account x ON x.id = a.account_id "
                     + "WHERE x.phone = ? AND a.submitted_at IS NULL")) {
            open.setString(1, SCRIPT_MEMBER);
            ResultSet r = open.executeQuery();
            assertTrue(r.next(), "the attempt opened in-container");
            attempt = r.getLong(1);
        }
        String root = base.toString().replaceAll("/$", "");
        String api = root + "/api/v1/attempts/" + attempt;
        HttpClient member = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(401, put(member, api + "/answers/1", "{\"choices\":[0]}", null).statusCode(), "not logged in");

        HttpLogin.logIn(member, base, SCRIPT_MEMBER, "Koperasi#2026");
        String page = member.send(HttpRequest.newBuilder(URI.create(root + "/learn/attempt?id=" + attempt)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("data-slot=\"1\" data-type=\"(\\w+)\"").matcher(page);
        assertTrue(first.find(), "the page marks each question for its script");
        String[] answer = switch (first.group(1)) {
            case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> new String[] {"{\"choices\":[0]}", "C:0"};
            case "TRUE_FALSE" -> new String[] {"{\"value\":\"true\"}", "B:true"};
            case "NUMERIC" -> new String[] {"{\"value\":\"1\"}", "N:1"};
            case "MATCHING" -> new String[] {"{\"matches\":{}}", "M:"};
            default -> new String[] {"{\"value\":\"koperasi\"}", "T:koperasi"};
        };
        assertEquals(403, put(member, api + "/answers/1", answer[0], "https://evil.example").statusCode(), "another site");
        HttpResponse<String> wrongSlot = put(member, api + "/answers/99", answer[0], null);
        assertEquals(400, wrongSlot.statusCode());
        assertTrue(wrongSlot.body().contains("assessment.answer.invalid") && wrongSlot.body().contains("tidak sesuai"), wrongSlot.body());
        HttpResponse<String> saved = put(member, api + "/answers/1", answer[0], root);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"savedAt\""), saved.body());
        try (Connection db = DriverManager.getConnection(url, "root", "");
             PreparedStatement stored = db.prepareStatement("SELECT response FROM asm_answer WHERE attempt_id = ? AND slot = 1")) {
            stored.setLong(1, attempt);
            ResultSet r = stored.executeQuery();
            assertTrue(r.next());
            assertEquals(answer[1], r.getString(1));
        }

        HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpLogin.logIn(stranger, base, "+6281255000008", "Koperasi#2026");
        assertEquals(404, put(stranger, api + "/answers/1", answer[0], null).statusCode(), "another member's attempt does not exist");
        assertEquals(404, post(stranger, api + "/submission").statusCode());

        HttpResponse<String> graded = post(member, api + "/submission");
        assertEquals(200, graded.statusCode(), graded.body());
        assertTrue(graded.body().contains("\"result\":\"/learn/attempt?id=" + attempt + "\"") || graded.body().contains("/learn/attempt?id=" + attempt), graded.body());
        assertEquals(graded.body(), post(member, api + "/submission").body(), "a second hand-in gives the same grade");
        HttpResponse<String> late = put(member, api + "/answers/1", answer[0], null);
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("assessment.attempt.closed"), late.body());
    }

    private static HttpResponse<String> put(HttpClient http, String url, String json, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(8)
    void aTrainerCorrectsMarksWithAReasonAndTheCourseCompletionFollows() {
        Actor siti = siti();
        Actor trainer = member("pelatih@demo.akademikoperasi.id");
        long passed = exams.attempts(siti, COURSE).getFirst().id();   // the third, all right
        Db db = new Db(dataSource);
        long before = db.count("SELECT COUNT(*) FROM asm_regrade");

        assertThrows(NotFoundException.class, () -> exams.regrade(siti, passed, 1, 0, "saya"), "members do not grade");
        assertThrows(id.akademikoperasi.shared.domain.AccessDeniedException.class,
                () -> exams.regrade(member("sekretariat.guntung@demo.akademikoperasi.id"), passed, 1, 0, "x"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> exams.regrade(trainer, passed, 1, 150, " "));
        assertTrue(refused.hasProblem("assessment.regrade.range") && refused.hasProblem("assessment.regrade.reason"));
        assertTrue(assertThrows(InvalidInputException.class, () -> exams.regrade(trainer, passed, 1, 100, "sama"))
                .hasProblem("assessment.regrade.same"));
        assertEquals(before, db.count("SELECT COUNT(*) FROM asm_regrade"), "refused: nothing written");

        exams.regrade(trainer, passed, 1, 0, "Kunci jawaban soal 1 keliru");
        exams.regrade(trainer, passed, 2, 0, "Kunci jawaban soal 2 keliru");
        var third = exams.regrade(trainer, passed, 3, 0, "Kunci jawaban soal 3 keliru");
        assertEquals(0, new java.math.BigDecimal("70").compareTo(third.newPercent()));
        assertTrue(third.oldPassed());
        assertFalse(third.newPassed(), "70 % is below the pass mark of 75");
        Enrolment withdrawn = learning.enrolment(siti, COURSE).orElseThrow();
        assertFalse(withdrawn.isCompleted(), "the completion rested on that pass");
        assertNull(withdrawn.examPassedAt());

        exams.regrade(trainer, passed, 2, 100, "Setelah dicek ulang, jawaban soal 2 benar");
        Enrolment again = learning.enrolment(siti, COURSE).orElseThrow();
        assertTrue(again.isCompleted());
        assertEquals(0, new java.math.BigDecimal("80").compareTo(again.examBestPercent()));
        assertEquals(before + 4, db.count("SELECT COUNT(*) FROM asm_regrade"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM asm_regrade WHERE attempt_id = ? AND slot = 3 AND old_fraction = 1 "
                + "AND new_fraction = 0 AND old_percent = 80 AND new_percent = 70 AND old_passed AND NOT new_passed "
                + "AND reason = 'Kunci jawaban soal 3 keliru' AND regraded_by = ?", passed, trainer.accountId()));

        var own = exams.review(siti, passed, ID);
        assertTrue(own.showsAnswers(), "KOP-06 shows answers after submission");
        assertEquals(4, own.regrades().size(), "the member sees every correction and its reason");
        assertEquals("Kunci jawaban soal 1 keliru", own.regradesOf(1).getFirst().reason());
        assertFalse(own.questions().getFirst().right().isEmpty());
        assertThrows(NotFoundException.class, () -> exams.review(member("+6281255000003"), passed, ID));
        assertEquals(passed, exams.reviewOfEnrolment(trainer, own.enrolmentId(), ID).attempt().id(), "the newest attempt");
    }

    /** KOP-04 lesson 2 ends with a quiz of 3 questions (pass mark 60) drawn from one category of the course's bank. */
    @Test
    @Order(9)
    void passingALessonsQuizCompletesTheLessonAndTriesDoNotWait() {
        Actor member = member("+6281255000006");
        learning.enrol(member, "KOP-04");
        InvalidInputException notByHand = assertThrows(InvalidInputException.class, () -> learning.markDone(member, "KOP-04", 2));
        assertTrue(notByHand.hasProblem("learning.lesson.quizRequired"));
        assertThrows(NotFoundException.class, () -> exams.start(member, "KOP-04", 1, ID), "lesson 1 has no quiz");

        AttemptView first = exams.start(member, "KOP-04", 2, ID);
        assertEquals(2, first.lessonNo());
        assertEquals(3, first.questions().size());
        assertTrue(drawnQuestions(first.id()).stream().allMatch(q -> q.category().startsWith("KOP-04/Undangan")),
                "drawn from the quiz's category only");
        AttemptView failed = exams.submit(member, first.id(), ID);
        assertFalse(failed.passed());
        assertEquals(LessonStatus.NOT_STARTED, learning.lessonStatuses(member, "KOP-04").get(1));

        AttemptView second = exams.start(member, "KOP-04", 2, ID);   // at once: a lesson quiz has no waiting time
        assertEquals(2, second.number());
        List<ParsedQuestion> drawn = drawnQuestions(second.id());
        for (QuestionView q : second.questions()) {
            exams.save(member, second.id(), q.slot(), rightAnswer(drawn.get(q.slot() - 1)));
        }
        assertTrue(exams.submit(member, second.id(), ID).passed());
        assertEquals(LessonStatus.COMPLETED, learning.lessonStatuses(member, "KOP-04").get(1));
        assertTrue(exams.review(member, second.id(), ID).showsAnswers(), "answers after each try");
        assertEquals("assessment.start.ALREADY_PASSED", assertThrows(InvalidInputException.class,
                () -> exams.start(member, "KOP-04", 2, ID)).problems().getFirst().messageKey());
        assertTrue(exams.attempts(member, "KOP-04").isEmpty(), "quiz tries are not final-exam attempts");
        assertEquals(2, exams.attempts(member, "KOP-04", 2).size());
        assertNull(learning.enrolment(member, "KOP-04").orElseThrow().examBestPercent(), "nor do they count as the exam");
    }

    @Inject
    id.akademikoperasi.certification.application.CertificationService certification;

    /** The certification checklist reads the same record: Siti completed KOP-06 with 80 % after the corrections. */
    @Test
    @Order(10)
    void theCertificationChecklistShowsWhatTheRecordProves() {
        var schemes = certification.checklists(siti(), ID);
        assertEquals(List.of("CALON_PENGAWAS", "CALON_PENGURUS", "MANAJER_UNIT_USAHA"),
                schemes.stream().map(s -> s.code()).toList(), "the three schemes of the programme, from the migration");
        var manager = schemes.stream().filter(s -> s.code().equals("MANAJER_UNIT_USAHA")).findFirst().orElseThrow().checklist();
        var course = manager.checks().stream().filter(c -> c.kind() == id.akademikoperasi.certification.domain.Eligibility.Kind.COURSE
                && c.subject().equals(COURSE)).findFirst().orElseThrow();
        assertTrue(course.met());
        assertNotNull(course.date());
        var exam = manager.checks().stream().filter(c -> c.kind() == id.akademikoperasi.certification.domain.Eligibility.Kind.EXAM
                && c.subject().equals(COURSE)).findFirst().orElseThrow();
        assertTrue(exam.met(), "80 % reaches the scheme's 75 %");
        assertEquals(0, new java.math.BigDecimal("80").compareTo(exam.score()));
        assertFalse(manager.readyToApply(), "KOP-05, 07 and 08 are not done");
        var pengurus = schemes.stream().filter(s -> s.code().equals("CALON_PENGURUS")).findFirst().orElseThrow().checklist();
        assertTrue(pengurus.checks().stream().anyMatch(c -> c.kind() == id.akademikoperasi.certification.domain.Eligibility.Kind.ATTENDANCE
                && !c.met() && c.percent() == null), "no session of the scheme held yet");
        assertThrows(id.akademikoperasi.shared.domain.AccessDeniedException.class,
                () -> certification.checklists(member("pelatih@demo.akademikoperasi.id"), ID), "a checklist is a member's own");
    }

    /** A member made ready for Manajer Unit Usaha here, who applies on the page in {@code ExamJourneyIT}. */
    static final String READY_IN_BROWSER = "+6281255000011";

    private void completeWithRightAnswers(Actor member, String code) {
        answerKey.complete(member, code);
    }

    /** KOP-05 to KOP-08 done with full marks: the member applies for Manajer Unit Usaha; the evidence is frozen. */
    @Test
    @Order(11)
    void aReadyMemberAppliesOnceWithTheDeclarationsAndTheEvidenceIsFrozen() {
        Actor member = member("+6281255000009");
        Db db = new Db(dataSource);
        assertTrue(assertThrows(InvalidInputException.class, () -> certification.apply(member, "MANAJER_UNIT_USAHA",
                Set.of(id.akademikoperasi.certification.domain.Declaration.DATA_TRUE), null, ID))
                .hasProblem("certification.apply.notReady"));
        for (String code : List.of("KOP-05", "KOP-06", "KOP-07", "KOP-08")) {
            completeWithRightAnswers(member, code);
            completeWithRightAnswers(member(READY_IN_BROWSER), code);   // applies in ExamJourneyIT, through the page
        }
        assertTrue(certification.checklists(member, ID).stream().filter(s -> s.code().equals("MANAJER_UNIT_USAHA"))
                .findFirst().orElseThrow().checklist().readyToApply());
        long before = db.count("SELECT COUNT(*) FROM crt_application");
        assertTrue(assertThrows(InvalidInputException.class, () -> certification.apply(member, "MANAJER_UNIT_USAHA",
                Set.of(), null, ID)).hasProblem("certification.apply.declarationsRequired"));
        assertEquals(before, db.count("SELECT COUNT(*) FROM crt_application"), "refused: nothing written");

        long applicationId = certification.apply(member, "MANAJER_UNIT_USAHA",
                Set.of(id.akademikoperasi.certification.domain.Declaration.DATA_TRUE), null, ID);
        String snapshot = db.string("SELECT snapshot FROM crt_application WHERE id = ?", applicationId);
        assertTrue(snapshot.contains("\"code\":\"KOP-06\"") && snapshot.contains("\"bestExamPercent\""), snapshot);
        assertTrue(assertThrows(InvalidInputException.class, () -> certification.apply(member, "MANAJER_UNIT_USAHA",
                Set.of(id.akademikoperasi.certification.domain.Declaration.DATA_TRUE), null, ID))
                .hasProblem("certification.apply.alreadyOpen"));
        assertEquals(id.akademikoperasi.certification.domain.Application.Status.SUBMITTED,
                certification.myApplications(member).getFirst().status());

        // the record changes afterwards (a trainer lowers a mark): the application keeps what it was made on
        long attempt = exams.attempts(member, "KOP-06").getFirst().id();
        exams.regrade(member("pelatih@demo.akademikoperasi.id"), attempt, 1, 0, "Uji: nilai diturunkan");
        assertEquals(snapshot, db.string("SELECT snapshot FROM crt_application WHERE id = ?", applicationId));
    }

    @Inject
    id.akademikoperasi.certification.application.CertificationDecisions decisions;

    /** DKUMPP of Kota Bontang decides; an officer of another city neither sees nor decides. */
    @Test
    @Order(12)
    void aNamedOfficerApprovesWithANumberOrRejectsWithAReason() {
        Actor officer = member("verifikator@demo.akademikoperasi.id");
        Actor elsewhere = new Actor(officer.accountId(), "Petugas Samarinda",
                Set.of(id.akademikoperasi.shared.security.Grant.of(id.akademikoperasi.shared.security.Role.VERIFIER, "64.72")));
        Actor ready = member("+6281255000009");
        Actor other = member(READY_IN_BROWSER);
        long approved = certification.myApplications(ready).getFirst().id();
        long rejected = certification.apply(other, "MANAJER_UNIT_USAHA",
                Set.of(id.akademikoperasi.certification.domain.Declaration.DATA_TRUE), null, ID);

        var queue = decisions.queue(officer, new id.akademikoperasi.certification.application.CertificationDecisions.QueueFilter("64.74", "MANAJER_UNIT_USAHA", null));
        assertTrue(queue.stream().anyMatch(l -> l.id() == approved) && queue.stream().anyMatch(l -> l.id() == rejected));
        assertTrue(decisions.queue(elsewhere, id.akademikoperasi.certification.application.CertificationDecisions.QueueFilter.ALL).stream().noneMatch(l -> l.id() == approved), "another city's queue");
        assertThrows(id.akademikoperasi.shared.domain.AccessDeniedException.class, () -> decisions.detail(elsewhere, approved));
        assertThrows(id.akademikoperasi.shared.domain.AccessDeniedException.class, () -> decisions.approve(elsewhere, approved));
        assertThrows(id.akademikoperasi.shared.domain.AccessDeniedException.class, () -> decisions.approve(ready, approved),
                "a member decides nothing");

        var detail = decisions.detail(officer, approved);
        assertEquals(List.of("KOP-05", "KOP-06", "KOP-07", "KOP-08"), detail.courses().stream().map(c -> c.code()).toList());
        assertTrue(detail.courses().stream().allMatch(c -> c.completedAt() != null && c.bestExamPercent() != null));

        String number = decisions.approve(officer, approved).certificateNumber();
        assertTrue(number.matches("AK/6474/\\d{4}/\\d{6}"), number);
        assertTrue(assertThrows(InvalidInputException.class, () -> decisions.approve(officer, approved))
                .hasProblem("certification.decision.alreadyDecided"), "decided once");
        Db db = new Db(dataSource);
        assertEquals(1, db.count("SELECT COUNT(*) FROM crt_certificate WHERE number = ? AND status = 'VALID' "
                + "AND account_id = ? AND issued_by = ? AND valid_until > issued_at", number, ready.accountId(), officer.accountId()));
        assertEquals(16, db.string("SELECT verification_code FROM crt_certificate WHERE number = ?", number).length());

        assertTrue(assertThrows(InvalidInputException.class, () -> decisions.reject(officer, rejected, null, null))
                .hasProblem("certification.decision.reasonRequired"));
        assertTrue(assertThrows(InvalidInputException.class, () -> decisions.reject(officer, rejected,
                id.akademikoperasi.certification.domain.Application.RejectReason.OTHER, " "))
                .hasProblem("certification.decision.noteRequired"));
        decisions.reject(officer, rejected, id.akademikoperasi.certification.domain.Application.RejectReason.DATA_MISMATCH,
                "Nama di KTP berbeda; perbaiki data lalu ajukan lagi");
        assertEquals(id.akademikoperasi.certification.domain.Application.Status.REJECTED,
                certification.myApplications(other).getFirst().status());
        assertEquals(0, db.count("SELECT COUNT(*) FROM crt_certificate WHERE application_id = ?", rejected));

        // the member is told when they may apply again (30 days by default), and may then
        var rejection = certification.myApplications(other).getFirst();
        assertEquals("Nama di KTP berbeda; perbaiki data lalu ajukan lagi", rejection.note());
        assertNotNull(rejection.reapplyAfter());
        assertTrue(assertThrows(InvalidInputException.class, () -> certification.apply(other, "MANAJER_UNIT_USAHA",
                Set.of(id.akademikoperasi.certification.domain.Declaration.DATA_TRUE), null, ID))
                .hasProblem("certification.apply.waitUntil"));
        assertEquals(id.akademikoperasi.certification.application.CertificationService.Standing.Kind.WAIT, standing(other, "MANAJER_UNIT_USAHA").kind());
        clock.advance(Duration.ofDays(30));
        long again = certification.apply(other, "MANAJER_UNIT_USAHA",
                Set.of(id.akademikoperasi.certification.domain.Declaration.DATA_TRUE), null, ID);
        // ...and takes it back, to apply on the page in ExamJourneyIT
        certification.withdraw(other, again);
        assertEquals(id.akademikoperasi.certification.domain.Application.Status.WITHDRAWN,
                certification.myApplications(other).getFirst().status());
        assertEquals(id.akademikoperasi.certification.application.CertificationService.Standing.Kind.FREE, standing(other, "MANAJER_UNIT_USAHA").kind());
        assertThrows(NotFoundException.class, () -> certification.withdraw(ready, again), "only one's own");
    }

    private id.akademikoperasi.certification.application.CertificationService.Standing standing(Actor member, String scheme) {
        return certification.checklists(member, ID).stream().filter(s -> s.code().equals(scheme)).findFirst().orElseThrow().standing();
    }

    /** Some answer of the right kind (the first choice, true, a word, a number, nothing matched). */
    private static Response someAnswer(QuestionView q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Response.Choices.of(q.choices().getFirst().index());
            case TRUE_FALSE -> new Response.Bool(true);
            case SHORT_ANSWER -> new Response.Text("koperasi");
            case NUMERIC -> new Response.Number("1");
            case MATCHING -> new Response.Matches(Map.of());
            default -> throw new IllegalStateException(q.type().name());
        };
    }

    private List<ParsedQuestion> drawnQuestions(long attemptId) {
        return answerKey.drawnQuestions(attemptId);
    }

    private static Response rightAnswer(ParsedQuestion q) {
        return AnswerKey.rightAnswer(q);
    }
}
