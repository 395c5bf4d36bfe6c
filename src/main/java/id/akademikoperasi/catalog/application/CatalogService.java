package id.akademikoperasi.catalog.application;

import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.catalog.application.CatalogViews.CourseOutline;
import id.akademikoperasi.catalog.application.CatalogViews.ExamOutline;
import id.akademikoperasi.catalog.application.CatalogViews.LessonLink;
import id.akademikoperasi.catalog.application.CatalogViews.LessonPage;
import id.akademikoperasi.catalog.application.CatalogViews.QuizOutline;
import id.akademikoperasi.catalog.application.CatalogViews.MaterialView;
import id.akademikoperasi.catalog.application.CatalogViews.ModuleOutline;
import id.akademikoperasi.catalog.domain.Category;
import id.akademikoperasi.catalog.domain.Course;
import id.akademikoperasi.catalog.domain.CourseId;
import id.akademikoperasi.catalog.domain.CourseModule;
import id.akademikoperasi.catalog.domain.CourseOrigin;
import id.akademikoperasi.catalog.domain.CourseVersionId;
import id.akademikoperasi.catalog.domain.CourseVersion;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.QuestionBankSource;
import id.akademikoperasi.catalog.domain.ReviewPolicy;
import id.akademikoperasi.catalog.domain.Lesson;
import id.akademikoperasi.catalog.domain.Material;
import id.akademikoperasi.catalog.domain.MaterialKind;
import id.akademikoperasi.catalog.domain.VersionStatus;
import id.akademikoperasi.shared.files.FileServlet;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The learners' side of the catalog: what is published, found by category and by words in titles and lesson text.
 * Only ever published versions; the newest one unless a version is asked for by id.
 *
 * <pre>{@code
 * catalog.search(Category.KEUANGAN, "SHU", locale);   // cards of courses whose text mentions SHU
 * catalog.outline("KOP-05", locale);                  // modules and lessons of the latest version
 * catalog.lesson(actor, "KOP-05", 3, locale);         // the third lesson, rendered and sanitised
 * }</pre>
 */
@ApplicationScoped
public class CatalogService {

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private PublishedPages pages;

    /**
     * One query for the cards: plain values and a lesson count, never the lessons' text (the catalog page is read
     * by every member; loading entities and their lessons per card made it a query per row).
     */
    public List<CourseCard> search(Category category, String query, Locale locale) {
        String terms = booleanTerms(query);
        boolean english = locale != null && "en".equals(locale.getLanguage());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.code, v.title_id, v.title_en, v.summary_id, v.summary_en, v.category, v.level,
                       v.estimated_minutes, v.leads_to,
                       (SELECT COUNT(*) FROM cat_lesson l JOIN cat_module m ON m.id = l.module_id WHERE m.version_id = v.id)
                FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id
                WHERE v.latest = TRUE AND v.status = 'PUBLISHED'
                  AND (?4 = '' OR v.category = ?4)
                  AND (?1 = '' OR MATCH(v.search_text) AGAINST (?1 IN BOOLEAN MODE)
                       OR v.title_id LIKE ?2 OR v.title_en LIKE ?2
                       OR (CHAR_LENGTH(?3) < 3 AND v.search_text LIKE ?2))
                ORDER BY CASE WHEN ?1 = '' THEN 0 ELSE MATCH(v.search_text) AGAINST (?1 IN BOOLEAN MODE) END DESC,
                         v.title_id""")
                .setParameter(1, terms).setParameter(2, SqlValues.contains(query))
                .setParameter(3, query == null ? "" : query.strip())
                .setParameter(4, category == null ? "" : category.name())
                .getResultList();
        return rows.stream().map(r -> {
            String leadsTo = (String) r[8];
            return new CourseCard((String) r[0], (String) (english ? r[2] : r[1]), (String) (english ? r[4] : r[3]),
                    (String) r[5], (String) r[6], ((Number) r[7]).intValue(), ((Number) r[9]).intValue(),
                    leadsTo == null || leadsTo.isEmpty() ? List.of() : Arrays.asList(leadsTo.split(",")));
        }).toList();
    }

    public Optional<CourseOutline> outline(String code, Locale locale) {
        return latest(code).map(v -> outline(code, v, locale));
    }

    /** A lesson of the latest published version (index from 1, in reading order). Any logged-in person may read. */
    public Optional<LessonPage> lesson(Actor actor, String code, int index, Locale locale) {
        if (code == null || !Course.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> latest = em.createNativeQuery("""
                SELECT v.id FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id
                WHERE c.code = ?1 AND v.latest = TRUE""").setParameter(1, code).getResultList();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        long versionId = latest.get(0).longValue();
        String lang = locale == null ? "id" : locale.getLanguage();
        LessonPage page = pages.get(versionId + ":" + index + ":" + lang, () ->
                lessonPage(code, em.find(CourseVersion.class, versionId), index, locale).orElse(null));
        return Optional.ofNullable(page);
    }

    /**
     * Whether the actor follows the learners of a course: admins always; trainers for the courses they own or were
     * given, and for the shipped curriculum, which every trainer of the programme teaches.
     */
    public boolean teaches(Actor actor, String code) {
        return course(code).map(c -> c.mayBeEditedBy(actor)
                || (actor.has(Role.TRAINER) && c.origin() == CourseOrigin.SHIPPED)).orElse(false);
    }

    /** The final exam of a published version with the bank it draws from (immutable, like the version). */
    public Optional<FinalExam> finalExam(CourseVersionId versionId) {
        CourseVersion v = em.find(CourseVersion.class, versionId.value());
        if (v == null || !v.isPublished()) {
            return Optional.empty();
        }
        return v.finalExam().flatMap(exam -> v.banks().stream().filter(b -> b.path().equals(exam.bankPath())).findFirst()
                .map(bank -> new FinalExam(exam, bank.id(), bank.format(), bank.source())));
    }

    /**
     * The quiz of lesson {@code lessonNo} of a published version, in the terms of an exam: drawn from the lesson's
     * bank, {@link #LESSON_QUIZ_MINUTES} per attempt, as many attempts as needed with no wait, answers shown after
     * each. Its title is the lesson's.
     */
    public Optional<FinalExam> lessonQuiz(CourseVersionId versionId, int lessonNo) {
        CourseVersion v = em.find(CourseVersion.class, versionId.value());
        if (v == null || !v.isPublished() || lessonNo < 1 || lessonNo > v.lessons().size()) {
            return Optional.empty();
        }
        Lesson lesson = v.lessons().get(lessonNo - 1);
        return lesson.quiz().flatMap(quiz -> v.bank(quiz.bankPath()).map(bank -> new FinalExam(
                new ExamSettings(lesson.title(), quiz.bankPath(), quiz.questionCount(), quiz.passMark(), LESSON_QUIZ_MINUTES,
                        LESSON_QUIZ_ATTEMPTS, 0, ReviewPolicy.AFTER_SUBMIT, quiz.category()),
                bank.id(), bank.format(), bank.source())));
    }

    /** Time for one try at a lesson quiz: generous, it is practice rather than an exam. */
    public static final int LESSON_QUIZ_MINUTES = 30;

    /** Tries at a lesson quiz: in practice unlimited. */
    public static final int LESSON_QUIZ_ATTEMPTS = 1_000;

    /** What the exam context needs to run a course's final exam. */
    public record FinalExam(ExamSettings settings, long bankId, QuestionBankSource.Format format, String bankSource) {
    }

    /** The code of the course a version belongs to. */
    public Optional<String> courseCodeOfVersion(CourseVersionId versionId) {
        CourseVersion v = em.find(CourseVersion.class, versionId.value());
        return v == null ? Optional.empty() : courseCode(v.courseId());
    }

    /** The code of a course. */
    public Optional<String> courseCode(CourseId courseId) {
        Course course = em.find(Course.class, courseId.value());
        return Optional.ofNullable(course).map(Course::code);
    }

    /** The course with this code, published or not. */
    public Optional<CourseId> courseId(String code) {
        return course(code).map(Course::id);
    }

    /** What taking a course means today: its latest published version, its lesson count, whether it has an exam. */
    public Optional<PublishedCourse> latestPublished(String code) {
        return latest(code).map(v -> new PublishedCourse(v.courseId(), v.id(), code,
                v.modules().stream().mapToInt(m -> m.lessons().size()).sum(), v.finalExam().isPresent()));
    }

    /** The facts of a published version that another context needs to refer to it. */
    public record PublishedCourse(CourseId courseId, CourseVersionId versionId, String code, int lessons,
                                  boolean hasFinalExam) {
    }

    /** A lesson of a given published version: learners keep reading the version they took. */
    public Optional<LessonPage> lessonOfVersion(Actor actor, String code, long versionId, int index, Locale locale) {
        String lang = locale == null ? "id" : locale.getLanguage();
        LessonPage page = pages.get(versionId + ":" + index + ":" + lang, () -> {
            CourseVersion v = em.find(CourseVersion.class, versionId);
            Optional<Course> course = course(code);
            if (v == null || !v.isPublished() || course.isEmpty() || v.courseId().value() != course.get().id().value()) {
                return null;
            }
            return lessonPage(code, v, index, locale).orElse(null);
        });
        return Optional.ofNullable(page).filter(p -> p.courseCode().equals(code));
    }

    /** Whether a stored file belongs to a published version (so any logged-in reader may fetch it). */
    public boolean isPublishedFile(String sha256) {
        return isFileOf(sha256, VersionStatus.PUBLISHED);
    }

    /** Whether a stored file belongs to a draft (readable by the trainers who preview it). */
    public boolean isDraftFile(String sha256) {
        return isFileOf(sha256, VersionStatus.DRAFT);
    }

    private boolean isFileOf(String sha256, VersionStatus status) {
        Number n = (Number) em.createNativeQuery("""
                SELECT (SELECT COUNT(*) FROM cat_material m JOIN cat_lesson l ON l.id = m.lesson_id
                          JOIN cat_module md ON md.id = l.module_id JOIN cat_course_version v ON v.id = md.version_id
                          WHERE m.blob_sha256 = ?1 AND v.status = ?2)
                     + (SELECT COUNT(*) FROM cat_media x JOIN cat_course_version v ON v.id = x.version_id
                          WHERE x.blob_sha256 = ?1 AND v.status = ?2)""")
                .setParameter(1, sha256).setParameter(2, status.name()).getSingleResult();
        return n.longValue() > 0;
    }

    private Optional<Course> course(String code) {
        if (code == null || !Course.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Course.byCode", Course.class).setParameter("code", code).getResultStream().findFirst();
    }

    private Optional<CourseVersion> latest(String code) {
        return course(code).flatMap(c -> em.createNamedQuery("CourseVersion.latestPublished", CourseVersion.class)
                .setParameter("course", c.id().value()).getResultStream().findFirst());
    }

    private CourseOutline outline(String code, CourseVersion v, Locale locale) {
        List<ModuleOutline> modules = new ArrayList<>();
        int index = 1;
        for (CourseModule m : v.modules()) {
            List<LessonLink> links = new ArrayList<>();
            for (Lesson l : m.lessons()) {
                links.add(new LessonLink(index++, l.title().in(locale), l.minutes()));
            }
            modules.add(new ModuleOutline(m.title().in(locale), links));
        }
        ExamOutline exam = v.finalExam().map(e -> new ExamOutline(e.title().in(locale), e.questionCount(), e.passMark(),
                e.timeLimitMinutes(), e.maxAttempts())).orElse(null);
        return new CourseOutline(code, v.id().value(), v.number(), v.title().in(locale), v.summary().in(locale),
                v.category().name(), v.level().name(), v.estimatedMinutes(), v.leadsTo(), modules, exam);
    }

    private Optional<LessonPage> lessonPage(String code, CourseVersion v, int index, Locale locale) {
        List<Lesson> lessons = v.lessons();
        if (index < 1 || index > lessons.size()) {
            return Optional.empty();
        }
        Lesson l = lessons.get(index - 1);
        List<MaterialView> materials = l.materials().stream().map(CatalogService::material).toList();
        return Optional.of(new LessonPage(code, v.title().in(locale), v.id().value(), index, lessons.size(),
                l.module().title().in(locale), l.title().in(locale), l.minutes(), l.html(), materials,
                index > 1 ? index - 1 : null, index < lessons.size() ? index + 1 : null,
                l.quiz().map(q -> new QuizOutline(q.questionCount(), q.passMark())).orElse(null)));
    }

    private static MaterialView material(Material m) {
        if (m.kind() == MaterialKind.FILE) {
            String url = FileServlet.path(m.blobSha256(), m.fileName());
            return new MaterialView(m.title(), m.kind().name(), url, m.fileName(), m.mediaType(), m.sizeBytes(), null);
        }
        return new MaterialView(m.title(), m.kind().name(), m.videoUrl(), null, null, null,
                VideoLinks.embedUrl(m.videoUrl()).orElse(null));
    }

    /** "laporan keuangan" → "+laporan* +keuangan*"; operators people type by accident are dropped. */
    static String booleanTerms(String query) {
        if (query == null) {
            return "";
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> t.length() >= 2)
                .limit(8)
                .map(t -> "+" + t + "*")
                .collect(Collectors.joining(" "));
    }
}
