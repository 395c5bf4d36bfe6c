package id.akademikoperasi.catalog.infrastructure.pkg;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.EnumSet;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files of a course folder on disk, checked like the entries of a zip; and deleting a folder tree. */
final class PackageFileTree {

    /**
     * Every file of the course folder by its path inside the package ({@code lessons/01-intro.md}) that passes
     * the same name, type, size and link checks a zip gets; the others are added to {@code problems}, so that
     * the manifest can still be checked and every problem reported at once.
     *
     * @throws CoursePackageException when the folder has too many entries (the list would be incomplete)
     */
    static SortedMap<String, Path> scan(Path courseFolder, PackageLimits limits, PackageProblems problems)
            throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        long[] entries = {0};
        long[] totalBytes = {0};
        // Links are not followed: a link could point anywhere on the server, so it is reported instead.
        Files.walkFileTree(courseFolder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(courseFolder)) {
                    return FileVisitResult.CONTINUE;
                }
                if (PackagePaths.isJunk(relative(courseFolder, dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return count();
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = relative(courseFolder, file);
                if (PackagePaths.isJunk(path)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    problems.add(path, 0, "catalog.package.symlink");
                } else if (!attrs.isRegularFile()) {
                    problems.add(path, 0, "catalog.package.notRegularFile");
                } else if (PackagePaths.check(path, path, problems)) {
                    totalBytes[0] += attrs.size();
                    if (attrs.size() > limits.maxFileBytes()) {
                        problems.add(path, 0, "catalog.package.fileTooLarge", megabytes(limits.maxFileBytes()));
                    } else {
                        files.put(path, file);
                    }
                }
                return count();
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }

            private FileVisitResult count() {
                if (++entries[0] > limits.maxEntries()) {
                    throw new CoursePackageException(PackageProblem.of(null, 0, "catalog.package.tooManyEntries",
                            limits.maxEntries()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (totalBytes[0] > limits.maxTotalBytes()) {
            problems.add(null, 0, "catalog.package.tooLarge", megabytes(limits.maxTotalBytes()));
        }
        return Collections.unmodifiableSortedMap(files);
    }

    /** The path of a file inside the package, with {@code /} whatever the platform. */
    static String relative(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path segment : root.relativize(file)) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(segment);
        }
        return path.toString();
    }

    static long megabytes(long bytes) {
        return bytes >> 20;
    }

    /** Deletes a folder and everything in it without following links; a folder already gone is fine. */
    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private PackageFileTree() {
    }
}
