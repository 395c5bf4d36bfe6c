package id.akademikoperasi.catalog.infrastructure.pkg;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, from the central directory alone and before a single byte is extracted, whether a zip is safe and
 * where its course lies: {@code course.yml} at the root, or inside exactly one top folder (what zipping a
 * folder produces). The top folder's own name is not part of the course, so it is not held to the name rule.
 */
final class ZipLayout {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    private static final Pattern PERCENT = Pattern.compile("%[0-9A-Fa-f]{2}");

    /**
     * The file entries of the course by their path inside it ({@code lessons/01-intro.md}). Entries with a
     * refused name or type are left out and added to {@code nameProblems}: they are refused, but harmless to
     * skip, so the rest of the course can still be checked and every problem reported at once.
     *
     * @throws CoursePackageException with every unsafe entry (path traversal, absolute path, link, special
     *                                file, encryption, duplicate, too large), else with the layout problem
     */
    static SortedMap<String, ZipArchive.Entry> courseFiles(List<ZipArchive.Entry> entries, PackageLimits limits,
                                                           PackageProblems nameProblems) {
        PackageProblems problems = new PackageProblems();
        Set<String> seen = new HashSet<>();
        for (ZipArchive.Entry entry : entries) {
            String name = entry.name();
            String slashed = name.replace('\\', '/');
            if (isAbsolute(slashed) || isAbsolute(decoded(slashed))) {
                problems.add(name, 0, "catalog.package.zip.absolutePath");
            } else if (hasTraversal(slashed) || hasTraversal(decoded(slashed))) {
                problems.add(name, 0, "catalog.package.zip.traversal");
            } else if (!slashed.equals(name)) {
                // Backslashes as separators (old Windows tools) would make one flat file named "a\\b.md".
                problems.add(name, 0, "catalog.package.badName");
            }
            if (entry.isSymlink()) {
                problems.add(name, 0, "catalog.package.symlink");
            } else if (entry.isSpecial()) {
                problems.add(name, 0, "catalog.package.notRegularFile");
            }
            if (entry.isEncrypted()) {
                problems.add(name, 0, "catalog.package.zip.encrypted");
            }
            if (!entry.isDirectory() && entry.method() != ZipArchive.STORED && entry.method() != ZipArchive.DEFLATED) {
                problems.add(name, 0, "catalog.package.zip.unsupported", "method " + entry.method());
            }
            if (!seen.add(slashed)) {
                problems.add(name, 0, "catalog.package.zip.duplicateEntry");
            }
            if (entry.isDirectory() && entry.declaredSize() > 0) {
                problems.add(name, 0, "catalog.package.zip.directoryWithData");
            } else if (!entry.isDirectory() && entry.declaredSize() > limits.maxFileBytes()) {
                problems.add(name, 0, "catalog.package.fileTooLarge", PackageFileTree.megabytes(limits.maxFileBytes()));
            }
        }
        // A safety violation stops here: the rest of the zip is not looked at, nothing is extracted.
        problems.throwIfAny();

        List<ZipArchive.Entry> files = entries.stream()
                .filter(e -> !e.isDirectory() && !PackagePaths.isJunk(e.name()))
                .toList();
        if (files.isEmpty()) {
            throw new CoursePackageException(PackageProblem.of(null, 0, "catalog.package.zip.empty"));
        }
        String root = root(files);

        SortedMap<String, ZipArchive.Entry> course = new TreeMap<>();
        for (ZipArchive.Entry entry : files) {
            String path = entry.name().substring(root.length());
            if (PackagePaths.check(path, entry.name(), nameProblems)) {
                course.put(path, entry);
            }
        }
        return course;
    }

    /** {@code ""} or {@code "top-folder/"}. */
    private static String root(List<ZipArchive.Entry> files) {
        SortedSet<String> tops = new TreeSet<>();
        for (ZipArchive.Entry entry : files) {
            if (entry.name().equals(PackagePaths.MANIFEST)) {
                return "";
            }
            int slash = entry.name().indexOf('/');
            tops.add(slash < 0 ? entry.name() : entry.name().substring(0, slash + 1));
        }
        if (tops.size() > 1) {
            throw new CoursePackageException(PackageProblem.of(null, 0, "catalog.package.zip.severalTopFolders",
                    String.join(", ", tops)));
        }
        String top = tops.first();
        boolean hasManifest = top.endsWith("/")
                && files.stream().anyMatch(e -> e.name().equals(top + PackagePaths.MANIFEST));
        if (!hasManifest) {
            throw new CoursePackageException(PackageProblem.of(null, 0, "catalog.package.manifestMissing"));
        }
        return top;
    }

    private static boolean isAbsolute(String slashed) {
        return slashed.startsWith("/") || DRIVE.matcher(slashed).matches();
    }

    private static boolean hasTraversal(String slashed) {
        for (String segment : slashed.split("/", -1)) {
            if (segment.strip().equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Percent-decoded, repeatedly ({@code %252e} → {@code %2e} → {@code .}), only to name an encoded traversal
     * for what it is: the name rule refuses {@code %} anyway, so no encoded name is ever extracted.
     */
    private static String decoded(String name) {
        String decoded = name;
        for (int round = 0; round < 3 && PERCENT.matcher(decoded).find(); round++) {
            decoded = PERCENT.matcher(decoded).replaceAll(m -> {
                char c = (char) Integer.parseInt(m.group().substring(1), 16);
                return c == '\\' ? "/" : Matcher.quoteReplacement(String.valueOf(c));
            });
        }
        return decoded;
    }

    private ZipLayout() {
    }
}
