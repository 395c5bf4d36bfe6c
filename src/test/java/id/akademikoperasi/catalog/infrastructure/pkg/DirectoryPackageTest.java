package id.akademikoperasi.catalog.infrastructure.pkg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A course folder gets the same name, type, size and link checks as a zip. */
class DirectoryPackageTest {

    @TempDir
    Path work;

    private Path course() {
        return TestCourses.write(work.resolve("course"), TestCourses.MANIFEST);
    }

    private List<PackageProblem> problems(Path folder, PackageLimits limits) {
        CoursePackageReader reader = new CoursePackageReader(work.resolve("work"));
        return assertThrows(CoursePackageException.class, () -> reader.readDirectory(folder, limits)).problems();
    }

    @Test
    void aSymbolicLinkIsRefusedNotFollowed() throws IOException {
        Path folder = course();
        Path secret = Files.writeString(work.resolve("secret.md"), "## Rahasia server\n");
        Files.createSymbolicLink(folder.resolve("lessons/03-link.md"), secret);
        Files.createSymbolicLink(folder.resolve("media"), work);
        assertEquals(List.of(
                PackageProblem.of("lessons/03-link.md", 0, "catalog.package.symlink"),
                PackageProblem.of("media", 0, "catalog.package.symlink")), problems(folder, PackageLimits.defaults()));
    }

    @Test
    void unknownTypesAndBadNamesAreRefusedByName() throws IOException {
        Path folder = course();
        Files.createDirectories(folder.resolve("media"));
        for (String name : List.of("halaman.html", "gambar.svg", "pasang.exe", "skrip.js", "jalankan.sh", "catatan")) {
            Files.writeString(folder.resolve("media").resolve(name), "x");
        }
        Files.writeString(folder.resolve("media/Foto Rapat.png"), "x");
        assertEquals(List.of(
                PackageProblem.of("media/Foto Rapat.png", 0, "catalog.package.badName"),
                PackageProblem.of("media/catatan", 0, "catalog.package.fileType", "-", PackagePaths.ALLOWED_TYPES),
                PackageProblem.of("media/gambar.svg", 0, "catalog.package.fileType", ".svg", PackagePaths.ALLOWED_TYPES),
                PackageProblem.of("media/halaman.html", 0, "catalog.package.fileType", ".html", PackagePaths.ALLOWED_TYPES),
                PackageProblem.of("media/jalankan.sh", 0, "catalog.package.fileType", ".sh", PackagePaths.ALLOWED_TYPES),
                PackageProblem.of("media/pasang.exe", 0, "catalog.package.fileType", ".exe", PackagePaths.ALLOWED_TYPES),
                PackageProblem.of("media/skrip.js", 0, "catalog.package.fileType", ".js", PackagePaths.ALLOWED_TYPES)),
                problems(folder, PackageLimits.defaults()).stream().sorted(java.util.Comparator.comparing(PackageProblem::file)).toList());
    }

    @Test
    void fileProblemsAndManifestProblemsAreReportedTogether() throws IOException {
        Path folder = TestCourses.write(work.resolve("course"), TestCourses.withLine(22, "      - file: lessons/02-B.md"));
        Files.writeString(folder.resolve("lessons/02-B.md"), "## B\n");
        assertEquals(List.of(
                PackageProblem.of("lessons/02-B.md", 0, "catalog.package.badName"),
                PackageProblem.of("course.yml", 22, "catalog.package.manifest.badPath", "lessons/02-B.md")),
                problems(folder, PackageLimits.defaults()));
    }

    @Test
    void sizesAndEntriesAreLimited() throws IOException {
        Path folder = course();
        Files.createDirectories(folder.resolve("media"));
        Files.write(folder.resolve("media/besar.pdf"), new byte[3 << 20]);
        assertEquals(List.of(PackageProblem.of("media/besar.pdf", 0, "catalog.package.fileTooLarge", 2L)),
                problems(folder, PackageLimits.defaults().withMaxFileBytes(2 << 20)));
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.tooLarge", 2L)),
                problems(folder, PackageLimits.defaults().withMaxTotalBytes(2 << 20)));
        assertEquals(List.of(PackageProblem.of(null, 0, "catalog.package.tooManyEntries", 4)),
                problems(folder, PackageLimits.defaults().withMaxEntries(4)));
    }

    @Test
    void aTextFileTooLargeToHoldInMemory() throws IOException {
        Path folder = course();
        Files.writeString(folder.resolve("lessons/02-b.md"), "## Panjang\n\n" + "kata ".repeat(500_000));
        assertEquals(List.of(PackageProblem.of("lessons/02-b.md", 0, "catalog.package.textTooLarge", 2L)),
                problems(folder, PackageLimits.defaults()));
    }

    @Test
    void filesTheOperatingSystemAddsAreSkipped() throws IOException {
        Path folder = course();
        Files.writeString(folder.resolve(".DS_Store"), "x");
        Files.createDirectories(folder.resolve("__MACOSX"));
        Files.writeString(folder.resolve("__MACOSX/._course.yml"), "x");
        String hash = new CoursePackageReader(work).readDirectory(folder, PackageLimits.defaults()).contentHash();
        Files.delete(folder.resolve(".DS_Store"));
        assertEquals(hash, new CoursePackageReader(work).readDirectory(folder, PackageLimits.defaults()).contentHash());
    }

    @Test
    void aMissingFolderIsTheCallersMistake() {
        CoursePackageReader reader = new CoursePackageReader(work);
        assertThrows(IllegalArgumentException.class, () -> reader.readDirectory(work.resolve("tidak-ada"), PackageLimits.defaults()));
    }
}
