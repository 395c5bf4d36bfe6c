package id.akademikoperasi.catalog.application;

import id.akademikoperasi.catalog.application.AuthoringViews.CourseRow;
import id.akademikoperasi.catalog.application.AuthoringViews.DraftView;
import id.akademikoperasi.catalog.application.AuthoringViews.LessonDraft;
import id.akademikoperasi.catalog.application.AuthoringViews.LessonRow;
import id.akademikoperasi.catalog.application.AuthoringViews.MaterialRow;
import id.akademikoperasi.catalog.application.AuthoringViews.ModuleRow;
import id.akademikoperasi.catalog.domain.Bilingual;
import id.akademikoperasi.catalog.domain.Category;
import id.akademikoperasi.catalog.domain.Course;
import id.akademikoperasi.catalog.domain.CourseModule;
import id.akademikoperasi.catalog.domain.CourseOrigin;
import id.akademikoperasi.catalog.domain.CourseVersion;
import id.akademikoperasi.catalog.domain.Lesson;
import id.akademikoperasi.catalog.domain.Level;
import id.akademikoperasi.catalog.domain.MaterialKind;
import id.akademikoperasi.catalog.infrastructure.markdown.MarkdownRenderer;
import id.akademikoperasi.catalog.infrastructure.markdown.MediaResolver;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackage;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackageReader;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageLimits;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.domain.Problems;
import id.akademikoperasi.shared.files.FileServlet;
import id.akademikoperasi.shared.files.FileStore;
import id.akademikoperasi.shared.files.StoredFile;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trainers write courses: create, describe, add modules and lessons, edit Markdown, reorder, attach files and
 * video links, then publish. All edits go to the course's one draft, created from the latest published version
 * on first edit; publishing freezes it as the next version. Only the owner, trainers given the course and admins
 * may edit; every method checks.
 *
 * <pre>{@code
 * authoring.create(trainer, "USP-01", "Simpan Pinjam Praktis", "Ringkas…", Category.KEUANGAN, Level.DASAR);
 * authoring.addLesson(trainer, "USP-01", 0, "Pengantar");
 * authoring.editLesson(trainer, "USP-01", 1, "Pengantar", null, 15, "## Apa itu …");
 * authoring.publish(trainer, "USP-01");   // version 1, visible in the catalog
 * }</pre>
 */
@ApplicationScoped
public class CourseAuthoring {

    @Inject
    private MarkdownRenderer renderer;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore files;

    @Inject
    private CourseImport courseImport;

    @Inject
    private Clock clock;

    @Inject
    private VersionPublisher publisher;

    @Inject
    private Drafts drafts;

    @Inject
    private id.akademikoperasi.identity.application.AccountDirectory accounts;

    public List<CourseRow> coursesOf(Actor actor) {
        requireAuthor(actor);
        List<CourseRow> rows = new ArrayList<>();
        for (Course c : em.createQuery("SELECT c FROM Course c ORDER BY c.code", Course.class).getResultList()) {
            if (!c.mayBeEditedBy(actor)) {
                continue;
            }
            Optional<CourseVersion> latest = latest(c);
            Optional<CourseVersion> draft = draftOf(c);
            String title = draft.or(() -> latest).map(v -> v.title().id()).orElse(c.code());
            rows.add(new CourseRow(c.code(), title, c.origin().name(), latest.map(CourseVersion::number).orElse(null),
                    draft.isPresent()));
        }
        return rows;
    }

    @Transactional
    public void create(Actor actor, String code, String title, String summary, Category category, Level level) {
        requireAuthor(actor);
        Problems problems = new Problems();
        String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!Course.CODE.matcher(normal).matches()) {
            problems.add("code", "catalog.authoring.code.invalid");
        } else if (!em.createNamedQuery("Course.byCode", Course.class).setParameter("code", normal).getResultList().isEmpty()) {
            problems.add("code", "catalog.authoring.code.taken");
        }
        checkText(problems, "title", title, 200);
        checkText(problems, "summary", summary, 2000);
        if (category == null) {
            problems.add("category", "catalog.authoring.required");
        }
        if (level == null) {
            problems.add("level", "catalog.authoring.required");
        }
        problems.throwIfAny();
        Course course = new Course(normal, CourseOrigin.AUTHORED, actor.accountId(), clock.instant());
        em.persist(course);
        em.flush();
        CourseVersion draft = CourseVersion.draft(course, new Bilingual(title.strip(), null),
                new Bilingual(summary.strip(), null), category, level, 30, List.of(), clock.instant());
        draft.addModule(new Bilingual("Modul 1", "Module 1"));
        em.persist(draft);
        StructuredLog.event("catalog.course.created", "actor", actor.accountId(), "course", normal);
    }

    /** The draft as the editor shows it, created from the latest published version when there is none yet. */
    @Transactional
    public DraftView draft(Actor actor, String code) {
        CourseVersion draft = editableDraft(actor, code);
        List<ModuleRow> modules = new ArrayList<>();
        int index = 1;
        int m = 0;
        for (CourseModule module : draft.modules()) {
            List<LessonRow> lessons = new ArrayList<>();
            for (Lesson l : module.lessons()) {
                lessons.add(new LessonRow(index++, l.title().id(), l.minutes(), l.materials().size()));
            }
            modules.add(new ModuleRow(m++, module.title().id(), module.title().en(), lessons));
        }
        Course course = course(code);
        return new DraftView(course.code(), draft.title().id(), draft.title().en(), draft.summary().id(),
                draft.summary().en(), draft.category().name(), draft.level().name(), draft.estimatedMinutes(),
                draft.leadsTo(), modules, latest(course).map(CourseVersion::number).orElse(null));
    }

    @Transactional
    public void describe(Actor actor, String code, String titleId, String titleEn, String summaryId, String summaryEn,
                         Category category, Level level, int estimatedMinutes) {
        Problems problems = new Problems();
        checkText(problems, "titleId", titleId, 200);
        checkText(problems, "summaryId", summaryId, 2000);
        if (titleEn != null && titleEn.length() > 200) {
            problems.add("titleEn", "catalog.authoring.tooLong", 200);
        }
        if (estimatedMinutes < 1 || estimatedMinutes > 6000) {
            problems.add("estimatedMinutes", "catalog.authoring.minutes", 1, 6000);
        }
        problems.throwIfAny();
        CourseVersion draft = editableDraft(actor, code);
        draft.describe(new Bilingual(titleId.strip(), titleEn), new Bilingual(summaryId.strip(), summaryEn),
                category == null ? draft.category() : category, level == null ? draft.level() : level,
                estimatedMinutes, draft.leadsTo());
    }

    @Transactional
    public void addModule(Actor actor, String code, String title) {
        Problems problems = new Problems();
        checkText(problems, "moduleTitle", title, 200);
        problems.throwIfAny();
        editableDraft(actor, code).addModule(new Bilingual(title.strip(), null));
    }

    /** Adds an empty lesson at the end of a module (index from 0); returns its reading index (from 1). */
    @Transactional
    public int addLesson(Actor actor, String code, int moduleIndex, String title) {
        Problems problems = new Problems();
        checkText(problems, "lessonTitle", title, 200);
        problems.throwIfAny();
        CourseVersion draft = editableDraft(actor, code);
        if (moduleIndex < 0 || moduleIndex >= draft.modules().size()) {
            throw new NotFoundException("catalog.authoring.moduleNotFound");
        }
        if (draft.lessons().size() >= 30) {
            throw new InvalidInputException(Problem.of("lessonTitle", "catalog.authoring.tooManyLessons", 30));
        }
        String key = "lessons/" + (draft.lessons().size() + 1) + "-" + slug(title) + "-" + clock.millis() % 100000 + ".md";
        String markdown = "## " + title.strip() + "\n";
        draft.addLesson(draft.modules().get(moduleIndex), key, new Bilingual(title.strip(), null), 10, markdown,
                renderer.toSafeHtml(markdown, MediaResolver.none()));
        em.flush();
        return draft.lessons().size();
    }

    @Transactional
    public LessonDraft lesson(Actor actor, String code, int index) {
        CourseVersion draft = editableDraft(actor, code);
        Lesson l = lessonAt(draft, index);
        List<MaterialRow> materials = l.materials().stream().map(m -> new MaterialRow(m.title(), m.kind().name(),
                m.fileName(), m.sizeBytes(), m.kind() == MaterialKind.FILE ? FileServlet.path(m.blobSha256(), m.fileName())
                : m.videoUrl())).toList();
        return new LessonDraft(code, index, draft.lessons().size(), l.title().id(), l.title().en(), l.minutes(),
                l.markdown(), l.html(), materials);
    }

    @Transactional
    public void editLesson(Actor actor, String code, int index, String titleId, String titleEn, int minutes, String markdown) {
        Problems problems = new Problems();
        checkText(problems, "lessonTitle", titleId, 200);
        if (minutes < 1 || minutes > 600) {
            problems.add("minutes", "catalog.authoring.minutes", 1, 600);
        }
        if (markdown == null || markdown.isBlank()) {
            problems.add("markdown", "catalog.authoring.required");
        } else if (markdown.length() > 200_000) {
            problems.add("markdown", "catalog.authoring.tooLong", 200_000);
        }
        problems.throwIfAny();
        CourseVersion draft = editableDraft(actor, code);
        Lesson lesson = lessonAt(draft, index);
        draft.editLesson(lesson, new Bilingual(titleId.strip(), titleEn), minutes, markdown,
                preview(draft, lesson.lessonKey(), markdown));
    }

    /** The sanitised HTML of Markdown as the reader would show it (for the editor's live preview). */
    public String preview(String markdown) {
        return renderer.toSafeHtml(markdown == null ? "" : markdown, MediaResolver.none());
    }

    private String preview(CourseVersion draft, String lessonKey, String markdown) {
        return renderer.toSafeHtml(markdown, MediaResolver.inPackage(lessonKey, path -> Optional.ofNullable(draft.media().get(path))
                .map(sha -> FileServlet.path(sha, path.substring(path.lastIndexOf('/') + 1)))));
    }

    @Transactional
    public void moveLesson(Actor actor, String code, int index, int direction) {
        CourseVersion draft = editableDraft(actor, code);
        draft.moveLesson(lessonAt(draft, index), direction);
    }

    @Transactional
    public void moveModule(Actor actor, String code, int moduleIndex, int direction) {
        CourseVersion draft = editableDraft(actor, code);
        draft.moveModule(moduleAt(draft, moduleIndex), direction);
    }

    @Transactional
    public void renameModule(Actor actor, String code, int moduleIndex, String title) {
        Problems problems = new Problems();
        checkText(problems, "moduleTitle", title, 200);
        problems.throwIfAny();
        CourseVersion draft = editableDraft(actor, code);
        draft.renameModule(moduleAt(draft, moduleIndex), new Bilingual(title.strip(), null));
    }

    /**
     * The owner (or an admin) gives the course to another trainer, named by e-mail or phone, who may then edit it.
     */
    @Transactional
    public void giveTo(Actor actor, String code, String trainerLogin) {
        Course course = course(code);
        if (!actor.has(Role.SYSADMIN) && !course.isOwnedBy(actor.accountId())) {
            throw new AccessDeniedException("only the owner gives a course away");
        }
        var trainer = accounts.byLogin(trainerLogin == null ? "" : trainerLogin.strip())
                .filter(a -> a.roles().contains(Role.TRAINER))
                .orElseThrow(() -> new InvalidInputException(Problem.of("trainer", "catalog.authoring.noSuchTrainer")));
        course.giveTo(trainer.id().value());
        StructuredLog.event("catalog.course.given", "actor", actor.accountId(), "course", code, "trainer", trainer.id().value());
    }

    public List<String> editorsOf(Actor actor, String code) {
        Course course = course(code);
        requireEditor(actor, course);
        return course.editors().stream().sorted()
                .map(editor -> accounts.byId(id.akademikoperasi.identity.domain.AccountId.of(editor)).map(a -> a.displayName()).orElse("#" + editor))
                .toList();
    }

    /** Stores the upload (typed by its bytes) and attaches it to the lesson. */
    @Transactional
    public void attachFile(Actor actor, String code, int index, String title, InputStream content, String fileName) {
        CourseVersion draft = editableDraft(actor, code);
        Lesson lesson = lessonAt(draft, index);
        StoredFile stored = files.store(content, fileName);
        String shown = title == null || title.isBlank() ? stored.name() : title.strip();
        draft.attachFile(lesson, shown.length() > 200 ? shown.substring(0, 200) : shown, stored.sha256(), stored.name(),
                stored.mediaType(), stored.sizeBytes());
        StructuredLog.event("catalog.material.attached", "actor", actor.accountId(), "course", code, "sha256", stored.sha256());
    }

    @Transactional
    public void attachVideo(Actor actor, String code, int index, String title, String url) {
        Problems problems = new Problems();
        checkText(problems, "videoTitle", title, 200);
        if (VideoLinks.embedUrl(url).isEmpty()) {
            problems.add("videoUrl", "catalog.authoring.videoHost");
        }
        problems.throwIfAny();
        CourseVersion draft = editableDraft(actor, code);
        draft.attachVideo(lessonAt(draft, index), title.strip(), url.strip());
    }

    /** Freezes the draft as the next published version; the catalog shows it from now on. */
    @Transactional
    public int publish(Actor actor, String code) {
        Course course = course(code);
        requireEditor(actor, course);
        CourseVersion draft = draftOf(course).orElseThrow(() -> new InvalidInputException(
                Problem.of(null, "catalog.authoring.nothingToPublish")));
        if (draft.lessons().isEmpty()) {
            throw new InvalidInputException(Problem.of(null, "catalog.authoring.noLessons"));
        }
        int number = publisher.publish(course, draft, actor.accountId(), null);
        StructuredLog.event("catalog.version.published", "actor", actor.accountId(), "course", code, "version", number);
        return number;
    }

    /** A trainer's zip becomes the course's draft (a new course if the code is new); problems come with file and line. */
    public CourseImport.Outcome upload(Actor actor, InputStream zip) {
        requireAuthor(actor);
        try {
            CoursePackageReader reader = new CoursePackageReader(Files.createTempDirectory("akademi-upload-"));
            try (CoursePackage pkg = reader.readZip(zip, PackageLimits.defaults())) {
                return courseImport.importPackage(pkg, CourseOrigin.UPLOADED, actor, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CourseVersion editableDraft(Actor actor, String code) {
        return drafts.editable(actor, code);
    }

    private Course course(String code) {
        return drafts.course(code);
    }

    private Optional<CourseVersion> latest(Course course) {
        return drafts.latest(course);
    }

    private Optional<CourseVersion> draftOf(Course course) {
        return drafts.draftOf(course);
    }

    private static CourseModule moduleAt(CourseVersion draft, int index) {
        if (index < 0 || index >= draft.modules().size()) {
            throw new NotFoundException("catalog.authoring.moduleNotFound");
        }
        return draft.modules().get(index);
    }

    private static Lesson lessonAt(CourseVersion draft, int index) {
        List<Lesson> lessons = draft.lessons();
        if (index < 1 || index > lessons.size()) {
            throw new NotFoundException("catalog.authoring.lessonNotFound");
        }
        return lessons.get(index - 1);
    }

    private static void requireAuthor(Actor actor) {
        if (!actor.has(Role.TRAINER) && !actor.has(Role.SYSADMIN)) {
            throw new AccessDeniedException("account " + actor.accountId() + " is not a trainer");
        }
    }

    private static void requireEditor(Actor actor, Course course) {
        Drafts.requireEditor(actor, course);
    }

    private static void checkText(Problems problems, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            problems.add(field, "catalog.authoring.required");
        } else if (text.strip().length() > max) {
            problems.add(field, "catalog.authoring.tooLong", max);
        }
    }

    static String slug(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "pelajaran" : s.length() > 40 ? s.substring(0, 40) : s;
    }
}
