package id.akademikoperasi.catalog.application;

import id.akademikoperasi.assessment.application.QuestionBankCheck;
import id.akademikoperasi.assessment.domain.bank.BankProblem;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.Lesson;
import id.akademikoperasi.catalog.domain.LessonQuiz;
import id.akademikoperasi.catalog.domain.Bilingual;
import id.akademikoperasi.catalog.domain.QuestionBankSource;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackageException;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageProblem;
import id.akademikoperasi.catalog.domain.Course;
import id.akademikoperasi.catalog.domain.CourseModule;
import id.akademikoperasi.catalog.domain.CourseOrigin;
import id.akademikoperasi.catalog.domain.CourseVersion;
import id.akademikoperasi.catalog.domain.VersionStatus;
import id.akademikoperasi.catalog.infrastructure.markdown.MarkdownRenderer;
import id.akademikoperasi.catalog.infrastructure.markdown.MediaResolver;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackage;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageLesson;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageMedia;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageModule;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageQuestionBank;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.files.FileServlet;
import id.akademikoperasi.shared.files.FileStore;
import id.akademikoperasi.shared.files.StoredFile;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a read course package into a course version, all or nothing: in one transaction per course. Unchanged
 * content (same content hash as the latest published version) does nothing; changed content becomes a new
 * version, published at once for the shipped curriculum, or a draft for a trainer's upload.
 *
 * <pre>{@code
 * Outcome o = courseImport.importPackage(pkg, CourseOrigin.SHIPPED, null, true);  // PUBLISHED, version 1
 * courseImport.importPackage(pkg, CourseOrigin.SHIPPED, null, true);              // UNCHANGED
 * }</pre>
 */
@ApplicationScoped
public class CourseImport {

    public enum Result { PUBLISHED, DRAFTED, UNCHANGED }

    public record Outcome(String code, Result result, Integer versionNumber) {
    }

    @Inject
    private MarkdownRenderer renderer;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    @Inject
    private VersionPublisher publisher;

    @Inject
    private QuestionBankCheck bankCheck;

    /**
     * @param uploader the trainer or admin who uploaded the package, or {@code null} for the shipped curriculum
     * @param publish  publish at once (shipped curriculum) or leave the new version as the course's draft
     */
    @Transactional
    public Outcome importPackage(CoursePackage pkg, CourseOrigin origin, Actor uploader, boolean publish) {
        checkBanks(pkg);
        Optional<Course> existing = em.createNamedQuery("Course.byCode", Course.class)
                .setParameter("code", pkg.code()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (existing.isPresent() && uploader != null && !existing.get().mayBeEditedBy(uploader)) {
            throw new AccessDeniedException("account " + uploader.accountId() + " may not change course " + pkg.code());
        }
        Course course = existing.orElseGet(() -> {
            Course created = new Course(pkg.code(), origin, uploader == null ? null : uploader.accountId(), clock.instant());
            em.persist(created);
            em.flush();
            return created;
        });
        Optional<CourseVersion> latest = em.createNamedQuery("CourseVersion.latestPublished", CourseVersion.class)
                .setParameter("course", course.id().value()).getResultStream().findFirst();
        if (latest.isPresent() && pkg.contentHash().equals(latest.get().contentHash())) {
            return new Outcome(pkg.code(), Result.UNCHANGED, latest.get().number());
        }

        Map<String, String> mediaUrls = new HashMap<>();
        CourseVersion version = CourseVersion.draft(course, pkg.title(), pkg.summary(), pkg.category(), pkg.level(),
                pkg.estimatedMinutes(), pkg.leadsTo(), clock.instant());
        for (PackageMedia media : pkg.media()) {
            StoredFile stored = store(media);
            version.addMedia(media.path(), stored.sha256());
            mediaUrls.put(media.path(), FileServlet.path(stored.sha256(), fileName(media.path())));
        }
        Map<Lesson, LessonQuiz> quizzes = new java.util.LinkedHashMap<>();
        for (PackageModule module : pkg.modules()) {
            CourseModule target = version.addModule(module.title());
            for (PackageLesson lesson : module.lessons()) {
                MediaResolver resolver = MediaResolver.inPackage(lesson.path(), path -> Optional.ofNullable(mediaUrls.get(path)));
                String html = renderer.toSafeHtml(lesson.markdown(), resolver);
                Lesson added = version.addLesson(target, lesson.path(), lesson.title(), lesson.minutes(), lesson.markdown(), html);
                if (lesson.quiz() != null) {
                    quizzes.put(added, lesson.quiz());
                }
            }
        }
        for (PackageQuestionBank bank : pkg.questionBanks()) {
            version.addBank(bank.path(), bank.format(), bank.text());
        }
        quizzes.forEach(version::setLessonQuiz);
        pkg.exam().ifPresent(version::setFinalExam);

        if (!publish) {
            // an upload replaces the course's draft; published versions are never touched
            em.createNamedQuery("CourseVersion.draftOf", CourseVersion.class).setParameter("status", VersionStatus.DRAFT)
                    .setParameter("course", course.id().value()).getResultList().forEach(em::remove);
            em.flush();
        }
        em.persist(version);
        if (publish) {
            publisher.publish(course, version, uploader == null ? null : uploader.accountId(), pkg.contentHash());
        }
        em.flush();
        StructuredLog.event("catalog." + (publish ? "version.published" : "draft.uploaded"), "course", pkg.code(),
                "version", version.number(), "by", uploader == null ? "content" : uploader.accountId());
        return new Outcome(pkg.code(), publish ? Result.PUBLISHED : Result.DRAFTED, version.number());
    }

    /**
     * A package whose question banks do not parse is refused as a whole, every problem named by file and line; so
     * is one whose final exam asks for more questions than its bank (or the exam's category of it) can give.
     */
    private void checkBanks(CoursePackage pkg) {
        List<PackageProblem> problems = new ArrayList<>();
        Map<String, List<ParsedQuestion>> parsed = new HashMap<>();
        for (PackageQuestionBank bank : pkg.questionBanks()) {
            QuestionBankCheck.Format format = bank.format() == QuestionBankSource.Format.AIKEN
                    ? QuestionBankCheck.Format.AIKEN : QuestionBankCheck.Format.GIFT;
            ParseResult result = bankCheck.parse(format, bank.text());
            for (BankProblem p : result.problems()) {
                problems.add(PackageProblem.of(bank.path(), p.line(), p.messageKey(), p.arguments().toArray()));
            }
            parsed.put(bank.path(), result.questions());
        }
        if (problems.isEmpty() && pkg.finalExam() != null && parsed.containsKey(pkg.finalExam().bankPath())) {
            ExamSettings exam = pkg.finalExam();
            int drawable = bankCheck.drawable(parsed.get(exam.bankPath()), exam.category());
            if (exam.category() != null && drawable == 0) {
                problems.add(PackageProblem.of("course.yml", 0, "catalog.package.manifest.examCategoryEmpty",
                        exam.category(), exam.bankPath()));
            } else if (exam.questionCount() > drawable) {
                problems.add(PackageProblem.of("course.yml", 0, "catalog.package.manifest.examTooFewQuestions",
                        exam.questionCount(), exam.bankPath(), drawable));
            }
        }
        if (problems.isEmpty()) {
            for (PackageModule module : pkg.modules()) {
                for (PackageLesson lesson : module.lessons()) {
                    LessonQuiz quiz = lesson.quiz();
                    if (quiz != null && parsed.containsKey(quiz.bankPath())
                            && quiz.questionCount() > bankCheck.drawable(parsed.get(quiz.bankPath()), quiz.category())) {
                        problems.add(PackageProblem.of("course.yml", 0, "catalog.package.manifest.quizTooFewQuestions",
                                lesson.path(), quiz.questionCount(), quiz.bankPath(),
                                bankCheck.drawable(parsed.get(quiz.bankPath()), quiz.category())));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CoursePackageException(problems);
        }
    }

    private StoredFile store(PackageMedia media) {
        try (InputStream in = media.open()) {
            return files.store(in, fileName(media.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Bilingual texts as the package gave them (kept for symmetry with authoring). */
    static Bilingual text(String id, String en) {
        return new Bilingual(id, en);
    }
}
