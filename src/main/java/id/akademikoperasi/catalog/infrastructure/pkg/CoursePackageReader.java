package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.ReviewPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns a course folder or an uploaded zip into a {@link CoursePackage}, or refuses it with every problem found,
 * each naming its file and line. Touches neither the database nor the file store.
 *
 * <pre>{@code
 * CoursePackageReader reader = new CoursePackageReader(workDir);
 * try (CoursePackage course = reader.readZip(upload, PackageLimits.defaults())) {
 *     ...
 * } catch (CoursePackageException e) {
 *     e.problems().forEach(p -> show(p.location(), p.messageKey(), p.arguments()));
 * }
 * CoursePackage shipped = reader.readDirectory(Path.of("content/01-mengenal-koperasi"), PackageLimits.defaults());
 * }</pre>
 *
 * A zip is first copied to a file under the work folder (its list of entries, which marks symbolic links,
 * sits at its end), checked from that list before anything is extracted, then extracted into a fresh folder
 * under the work folder with every byte counted. When it is refused, nothing is left behind.
 */
public final class CoursePackageReader {

    private final Path workDir;

    /**
     * @param workDir where uploaded zips are copied and extracted; created when missing
     */
    public CoursePackageReader(Path workDir) {
        this.workDir = Objects.requireNonNull(workDir, "workDir");
    }

    /**
     * Reads a course folder in place; media files are referenced where they lie.
     *
     * @throws CoursePackageException   with every problem found
     * @throws IllegalArgumentException when the folder does not exist (a configuration error, not the trainer's)
     * @throws UncheckedIOException     when the folder cannot be read
     */
    public CoursePackage readDirectory(Path courseFolder, PackageLimits limits) {
        if (!Files.isDirectory(courseFolder)) {
            throw new IllegalArgumentException("not a course folder: " + courseFolder);
        }
        try {
            PackageProblems problems = new PackageProblems();
            SortedMap<String, Path> files = PackageFileTree.scan(courseFolder, limits, problems);
            return assemble(files, null, limits, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read course folder " + courseFolder, e);
        }
    }

    /**
     * Reads an uploaded zip. The caller closes the stream and, later, the package (which deletes its files).
     *
     * @throws CoursePackageException with every problem found; but a safety violation (traversal, absolute
     *                                path, link, duplicate, encryption, a limit broken, a bomb, damage) stops
     *                                the reading at once, with only the violations found so far, and no file
     *                                of the upload is left behind
     * @throws UncheckedIOException   when the work folder cannot be written or the upload cannot be read
     */
    public CoursePackage readZip(InputStream zip, PackageLimits limits) {
        Path spool = null;
        Path extracted = null;
        try {
            Files.createDirectories(workDir);
            spool = Files.createTempFile(workDir, "upload-", ".zip");
            copyAtMost(zip, spool, limits.maxTotalBytes());
            PackageProblems problems = new PackageProblems();
            SortedMap<String, Path> files = new TreeMap<>();
            try (FileChannel channel = FileChannel.open(spool, StandardOpenOption.READ)) {
                ZipArchive archive = new ZipArchive(channel);
                SortedMap<String, ZipArchive.Entry> entries =
                        ZipLayout.courseFiles(archive.entries(limits), limits, problems);
                extracted = Files.createTempDirectory(workDir, "package-");
                ZipArchive.Budget budget = new ZipArchive.Budget(limits);
                for (Map.Entry<String, ZipArchive.Entry> entry : entries.entrySet()) {
                    Path target = extracted.resolve(entry.getKey()).normalize();
                    if (!target.startsWith(extracted)) {
                        throw new IllegalStateException("checked path escapes the package: " + entry.getKey());
                    }
                    Files.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                        archive.extract(entry.getValue(), out, budget);
                    }
                    files.put(entry.getKey(), target);
                }
            }
            CoursePackage course = assemble(files, extracted, limits, problems);
            extracted = null;   // the package owns it now and deletes it on close
            return course;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read uploaded course package", e);
        } finally {
            cleanUp(spool, extracted);
        }
    }

    private static void copyAtMost(InputStream in, Path target, long maxBytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                copied += n;
                if (copied > maxBytes) {
                    throw new CoursePackageException(PackageProblem.of(null, 0, "catalog.package.tooLarge",
                            PackageFileTree.megabytes(maxBytes)));
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static void cleanUp(Path spool, Path extracted) {
        try {
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
            if (extracted != null) {
                PackageFileTree.deleteRecursively(extracted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up after reading a course package", e);
        }
    }

    /**
     * Manifest, lessons, banks and media of checked files into a package, or every problem found, including
     * those already found among the files.
     */
    private static CoursePackage assemble(SortedMap<String, Path> files, Path extractionFolder, PackageLimits limits,
                                          PackageProblems problems) throws IOException {
        Path manifestFile = files.get(ManifestReader.FILE);
        if (manifestFile == null) {
            problems.add(null, 0, "catalog.package.manifestMissing");
            problems.throwIfAny();
        }
        byte[] manifestBytes = readText(ManifestReader.FILE, manifestFile, limits, problems);
        String yaml = manifestBytes == null ? null : Utf8Text.decode(manifestBytes, ManifestReader.FILE, problems);
        ManifestReader.Manifest manifest = yaml == null ? null : new ManifestReader(problems, files.keySet()).read(yaml);
        if (manifest == null) {
            problems.throwIfAny();
        }

        Map<String, String> digests = new TreeMap<>();
        List<PackageModule> modules = new ArrayList<>();
        for (ManifestReader.ModuleDraft draft : manifest.modules()) {
            List<PackageLesson> lessons = new ArrayList<>();
            for (ManifestReader.LessonDraft lesson : draft.lessons()) {
                String markdown = lesson.path() == null ? null : text(lesson.path(), files, limits, problems, digests);
                if (markdown != null && markdown.isBlank()) {
                    problems.add(lesson.path(), 0, "catalog.package.lessonEmpty");
                } else if (markdown != null && lesson.title() != null && lesson.minutes() != null) {
                    lessons.add(new PackageLesson(lesson.path(), lesson.title(), lesson.minutes(), markdown, lesson.quiz()));
                }
            }
            if (draft.title() != null) {
                modules.add(new PackageModule(draft.title(), lessons));
            }
        }
        List<PackageQuestionBank> banks = new ArrayList<>();
        for (String path : manifest.banks()) {
            String text = files.containsKey(path) ? text(path, files, limits, problems, digests) : null;
            if (text != null && text.isBlank()) {
                problems.add(path, 0, "catalog.package.bankEmpty");
            } else if (text != null) {
                banks.add(new PackageQuestionBank(path, PackagePaths.bankFormat(path), text));
            }
        }
        problems.throwIfAny();

        List<PackageMedia> media = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String path = file.getKey();
            if (path.equals(ManifestReader.FILE) || digests.containsKey(path)) {
                continue;
            }
            String sha256;
            try (InputStream in = Files.newInputStream(file.getValue(), LinkOption.NOFOLLOW_LINKS)) {
                sha256 = ContentHash.sha256Hex(in);
            }
            digests.put(path, sha256);
            if (PackagePaths.isMedia(path)) {
                media.add(new PackageMedia(path, Files.size(file.getValue()), sha256, file.getValue()));
            }
        }
        String contentHash = contentHash(manifest, files, digests);
        return new CoursePackage(manifest.code(), manifest.title(), manifest.summary(), manifest.category(),
                manifest.level(), manifest.estimatedMinutes(), manifest.leadsTo(), modules, banks,
                manifest.finalExam(), media, contentHash, extractionFolder);
    }

    /** A text file's content, its digest recorded; null after a problem. */
    private static String text(String path, Map<String, Path> files, PackageLimits limits, PackageProblems problems,
                               Map<String, String> digests) throws IOException {
        byte[] bytes = readText(path, files.get(path), limits, problems);
        if (bytes == null) {
            return null;
        }
        digests.put(path, ContentHash.sha256Hex(bytes));
        return Utf8Text.decode(bytes, path, problems);
    }

    private static byte[] readText(String path, Path file, PackageLimits limits, PackageProblems problems)
            throws IOException {
        if (Files.size(file) > limits.maxTextBytes()) {
            problems.add(path, 0, "catalog.package.textTooLarge", PackageFileTree.megabytes(limits.maxTextBytes()));
            return null;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }

    private static String contentHash(ManifestReader.Manifest manifest, Map<String, Path> files,
                                      Map<String, String> digests) throws IOException {
        ContentHash hash = new ContentHash()
                .text("code", manifest.code())
                .bilingual("title", manifest.title())
                .bilingual("summary", manifest.summary())
                .text("category", manifest.category().name())
                .text("level", manifest.level().name())
                .number("estimatedMinutes", manifest.estimatedMinutes())
                .number("leadsTo", manifest.leadsTo().size());
        manifest.leadsTo().forEach(scheme -> hash.text("leadsTo/scheme", scheme));
        hash.number("modules", manifest.modules().size());
        for (ManifestReader.ModuleDraft module : manifest.modules()) {
            hash.bilingual("module/title", module.title()).number("module/lessons", module.lessons().size());
            for (ManifestReader.LessonDraft lesson : module.lessons()) {
                hash.text("lesson/file", lesson.path()).bilingual("lesson/title", lesson.title())
                        .number("lesson/minutes", lesson.minutes());
                // only when there is one, so that lessons without a quiz keep the hash they had before quizzes
                if (lesson.quiz() != null) {
                    hash.text("lesson/quiz/bank", lesson.quiz().bankPath())
                            .number("lesson/quiz/questionCount", lesson.quiz().questionCount())
                            .number("lesson/quiz/passMark", lesson.quiz().passMark())
                            .text("lesson/quiz/category", lesson.quiz().category());
                }
            }
        }
        hash.number("questionBanks", manifest.banks().size());
        manifest.banks().forEach(bank -> hash.text("questionBank/file", bank));
        ExamSettings exam = manifest.finalExam();
        hash.text("finalExam", exam == null ? null : "present");
        if (exam != null) {
            hash.bilingual("finalExam/title", exam.title()).text("finalExam/bank", exam.bankPath())
                    .number("finalExam/questionCount", exam.questionCount())
                    .number("finalExam/passMark", exam.passMark())
                    .number("finalExam/timeLimitMinutes", exam.timeLimitMinutes())
                    .number("finalExam/maxAttempts", exam.maxAttempts())
                    .number("finalExam/waitMinutes", exam.waitMinutes());
            // entered only when they say something the default does not, so that packages written before these
            // settings existed keep their hash and are not imported again as a new version
            if (exam.reviewPolicy() != ReviewPolicy.DEFAULT) {
                hash.text("finalExam/reviewPolicy", exam.reviewPolicy().name());
            }
            if (exam.category() != null) {
                hash.text("finalExam/category", exam.category());
            }
        }
        hash.number("files", digests.size());
        for (Map.Entry<String, String> file : digests.entrySet()) {   // sorted by path
            hash.text("file/path", file.getKey())
                    .number("file/size", Files.size(files.get(file.getKey())))
                    .text("file/sha256", file.getValue());
        }
        return hash.hex();
    }
}
