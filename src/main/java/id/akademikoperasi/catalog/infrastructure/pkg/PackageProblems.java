package id.akademikoperasi.catalog.infrastructure.pkg;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one package, then throws them together. */
final class PackageProblems {

    private final List<PackageProblem> found = new ArrayList<>();

    void add(String file, int line, String messageKey, Object... arguments) {
        found.add(PackageProblem.of(file, line, messageKey, arguments));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CoursePackageException(found);
        }
    }
}
