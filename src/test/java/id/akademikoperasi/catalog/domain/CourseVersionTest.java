package id.akademikoperasi.catalog.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private CourseVersion draft;
    private CourseModule first;
    private CourseModule second;

    @BeforeEach
    void setUp() throws Exception {
        Course course = new Course("KOP-05", CourseOrigin.SHIPPED, null, NOW);
        Field id = Course.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(course, 7L);
        draft = CourseVersion.draft(course, new Bilingual("Akuntansi", "Accounting"), new Bilingual("Ringkas", null),
                Category.KEUANGAN, Level.MENENGAH, 120, List.of("CALON_PENGAWAS"), NOW);
        first = draft.addModule(new Bilingual("Modul 1", null));
        second = draft.addModule(new Bilingual("Modul 2", null));
        draft.addLesson(first, "a.md", new Bilingual("A", null), 10, "a", "<p>a</p>");
        draft.addLesson(first, "b.md", new Bilingual("B", null), 10, "b", "<p>b</p>");
        draft.addLesson(second, "c.md", new Bilingual("C", null), 10, "c", "<p>c</p>");
    }

    private List<String> order() {
        return draft.lessons().stream().map(l -> l.title().id()).toList();
    }

    @Test
    void lessonsReadInModuleOrder() {
        assertEquals(List.of("A", "B", "C"), order());
        assertEquals("Ringkas", draft.summary().en(), "English falls back to Indonesian");
    }

    @Test
    void movingALessonSwapsWithinAModuleAndCrossesIntoTheNext() {
        draft.moveLesson(draft.lessons().get(0), +1);
        assertEquals(List.of("B", "A", "C"), order());
        draft.moveLesson(draft.lessons().get(1), +1);
        assertEquals(List.of("B", "A", "C"), order(), "A crossed into module 2 at its top: order unchanged");
        assertEquals(2, second.lessons().size());
        draft.moveLesson(draft.lessons().get(1), +1);
        assertEquals(List.of("B", "C", "A"), order());
        draft.moveLesson(draft.lessons().get(2), +1);
        assertEquals(List.of("B", "C", "A"), order(), "the last lesson cannot move down");
        draft.moveLesson(draft.lessons().get(0), -1);
        assertEquals(List.of("B", "C", "A"), order(), "the first lesson cannot move up");
    }

    @Test
    void publishingFreezesTheVersion() {
        draft.publish(1, 3L, NOW, "abc", "akuntansi");
        assertTrue(draft.isPublished());
        assertTrue(draft.isLatest());
        Lesson a = draft.lessons().get(0);
        assertThrows(IllegalStateException.class, () -> draft.addModule(new Bilingual("X", null)));
        assertThrows(IllegalStateException.class, () -> draft.editLesson(a, new Bilingual("A2", null), 5, "x", "x"));
        assertThrows(IllegalStateException.class, () -> draft.moveLesson(a, 1));
        assertThrows(IllegalStateException.class, () -> draft.attachVideo(a, "v", "https://youtu.be/abcdefghijk"));
        assertThrows(IllegalStateException.class, () -> draft.publish(2, 3L, NOW, "d", ""));
        draft.supersede();
        assertFalse(draft.isLatest());
    }

    @Test
    void aNewDraftCopiesThePublishedVersionAndEditingItLeavesTheOriginalAlone() {
        draft.addBank("questions/bank.gift", QuestionBankSource.Format.GIFT, "::Q1::x{T}");
        draft.setFinalExam(new ExamSettings(new Bilingual("Ujian", null), "questions/bank.gift", 10, 70, 20, 3, 10,
                ReviewPolicy.AFTER_PASS, "KOP-05/Dasar"));
        draft.publish(1, 3L, NOW, "abc", "akuntansi");
        CourseVersion next = CourseVersion.draftFrom(draft, NOW);
        Lesson copyOfA = next.lessons().get(0);
        next.editLesson(copyOfA, new Bilingual("A baru", null), 12, "a2", "<p>a2</p>");
        assertEquals("A baru", next.lessons().get(0).title().id());
        assertEquals("A", draft.lessons().get(0).title().id());
        assertEquals(70, next.finalExam().orElseThrow().passMark());
        assertEquals(ReviewPolicy.AFTER_PASS, next.finalExam().orElseThrow().reviewPolicy(), "the new settings are copied too");
        assertEquals("KOP-05/Dasar", next.finalExam().orElseThrow().category());
        assertEquals(1, next.banks().size());
    }

    @Test
    void theExamsBankStaysWhileTheExamDrawsFromIt() {
        draft.addBank("questions/a.gift", QuestionBankSource.Format.GIFT, "::A::x{T}");
        draft.addBank("questions/b.txt", QuestionBankSource.Format.AIKEN, "Q\nA. x\nB. y\nANSWER: A");
        assertThrows(IllegalArgumentException.class,
                () -> draft.addBank("questions/a.gift", QuestionBankSource.Format.GIFT, "::A2::y{F}"), "one bank per path");
        draft.setFinalExam(new ExamSettings(new Bilingual("Ujian", null), "questions/a.gift", 1, 70, 20, 3, 10,
                ReviewPolicy.NEVER, null));

        assertThrows(IllegalStateException.class, () -> draft.removeBank("questions/a.gift"));
        draft.replaceBank("questions/a.gift", "::A::x{F}");
        assertEquals("::A::x{F}", draft.bank("questions/a.gift").orElseThrow().source());
        assertEquals("questions/a.gift", draft.finalExam().orElseThrow().bankPath(), "a replaced bank keeps its exam");

        draft.removeBank("questions/b.txt");
        assertEquals(List.of("questions/a.gift"), draft.banks().stream().map(QuestionBankSource::path).toList());

        draft.removeFinalExam();
        assertTrue(draft.finalExam().isEmpty());
        draft.removeBank("questions/a.gift");
        assertTrue(draft.banks().isEmpty());
    }

    @Test
    void aPublishedVersionKeepsItsBanksAndExam() {
        draft.addBank("questions/a.gift", QuestionBankSource.Format.GIFT, "::A::x{T}");
        draft.setFinalExam(new ExamSettings(new Bilingual("Ujian", null), "questions/a.gift", 1, 70, 20, 3, 10,
                ReviewPolicy.AFTER_LAST_ATTEMPT, "KOP-05"));
        draft.publish(1, 3L, NOW, "abc", "akuntansi");
        assertThrows(IllegalStateException.class, () -> draft.removeFinalExam());
        assertThrows(IllegalStateException.class, () -> draft.replaceBank("questions/a.gift", "::A::y{F}"));
        assertThrows(IllegalStateException.class, () -> draft.addBank("questions/c.gift", QuestionBankSource.Format.GIFT, "x"));
        ExamSettings exam = draft.finalExam().orElseThrow();
        assertEquals(ReviewPolicy.AFTER_LAST_ATTEMPT, exam.reviewPolicy());
        assertEquals("KOP-05", exam.category());
    }

    @Test
    void examSettingsNameTheirCategoryPlainlyAndAlwaysAPolicy() {
        Bilingual title = new Bilingual("Ujian", null);
        assertEquals("KOP-01/Dasar", new ExamSettings(title, "b.gift", 1, 70, 20, 3, 0, ReviewPolicy.NEVER, "  KOP-01/Dasar/ ").category());
        assertEquals(null, new ExamSettings(title, "b.gift", 1, 70, 20, 3, 0, ReviewPolicy.NEVER, "   ").category(), "blank is every question");
        assertEquals(null, new ExamSettings(title, "b.gift", 1, 70, 20, 3, 0, ReviewPolicy.NEVER, "/").category());
        assertThrows(NullPointerException.class, () -> new ExamSettings(title, "b.gift", 1, 70, 20, 3, 0, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ExamSettings(title, "b.gift", 1, 70, 20, 3, 0, ReviewPolicy.NEVER, "k".repeat(201)));
        assertThrows(IllegalArgumentException.class, () -> new ExamSettings(title, "b.gift", 0, 70, 20, 3, 0, ReviewPolicy.NEVER, null));
    }

    @Test
    void whenTheReviewPolicyShowsTheAnswers() {
        // (passed, no attempts left) → NEVER, AFTER_SUBMIT, AFTER_PASS, AFTER_LAST_ATTEMPT
        assertEquals(List.of(false, true, false, false), allows(false, false));
        assertEquals(List.of(false, true, true, true), allows(true, false));
        assertEquals(List.of(false, true, false, true), allows(false, true));
        assertEquals(List.of(false, true, true, true), allows(true, true));
        assertEquals(ReviewPolicy.AFTER_SUBMIT, ReviewPolicy.DEFAULT);
    }

    private static List<Boolean> allows(boolean passed, boolean noAttemptsLeft) {
        return java.util.Arrays.stream(ReviewPolicy.values()).map(r -> r.allowsReview(passed, noAttemptsLeft)).toList();
    }

    @Test
    void modulesMoveWithTheirLessons() {
        draft.moveModule(second, -1);
        assertEquals(List.of("C", "A", "B"), order());
        draft.moveModule(second, -1);
        assertEquals(List.of("C", "A", "B"), order(), "the first module cannot move up");
        draft.renameModule(first, new Bilingual("Dasar", null));
        assertEquals("Dasar", draft.modules().get(1).title().id());
    }

    @Test
    void onlyTheOwnerTheTrainersGivenTheCourseAndAdminsMayEdit() {
        Course course = new Course("USP-01", CourseOrigin.AUTHORED, 10L, NOW);
        var owner = new id.akademikoperasi.shared.security.Actor(10, "owner",
                java.util.Set.of(id.akademikoperasi.shared.security.Grant.of(id.akademikoperasi.shared.security.Role.TRAINER)));
        var other = new id.akademikoperasi.shared.security.Actor(11, "other",
                java.util.Set.of(id.akademikoperasi.shared.security.Grant.of(id.akademikoperasi.shared.security.Role.TRAINER)));
        var admin = new id.akademikoperasi.shared.security.Actor(12, "admin",
                java.util.Set.of(id.akademikoperasi.shared.security.Grant.of(id.akademikoperasi.shared.security.Role.SYSADMIN)));
        var memberNamedOwner = new id.akademikoperasi.shared.security.Actor(10, "owner without trainer role",
                java.util.Set.of(id.akademikoperasi.shared.security.Grant.of(id.akademikoperasi.shared.security.Role.MEMBER, "64")));
        assertTrue(course.mayBeEditedBy(owner));
        assertFalse(course.mayBeEditedBy(other));
        assertTrue(course.mayBeEditedBy(admin));
        assertFalse(course.mayBeEditedBy(memberNamedOwner), "the trainer role is needed too");
        course.giveTo(11);
        assertTrue(course.mayBeEditedBy(other));
    }

    @Test
    void rulesOfAVersion() {
        assertThrows(IllegalArgumentException.class,
                () -> draft.addLesson(first, "a.md", new Bilingual("again", null), 10, "", ""), "duplicate key");
        assertThrows(IllegalArgumentException.class, () -> draft.setFinalExam(
                new ExamSettings(new Bilingual("U", null), "missing.gift", 10, 70, 20, 3, 10, ReviewPolicy.DEFAULT, null)), "exam bank must exist");
        assertThrows(IllegalArgumentException.class, () -> new Bilingual(" ", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Course("kop 1", CourseOrigin.AUTHORED, 1L, NOW));
    }
}
