package id.akademikoperasi.catalog.infrastructure.pkg;

import java.util.List;

/**
 * A course package cannot be used. Carries every problem found (a trainer fixes them all in one go), except
 * after a safety violation in a zip, where reading stops at once and nothing stays extracted.
 */
public class CoursePackageException extends RuntimeException {

    private final transient List<PackageProblem> problems;

    public CoursePackageException(List<PackageProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused package needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public CoursePackageException(PackageProblem problem) {
        this(List.of(problem));
    }

    public List<PackageProblem> problems() {
        return problems;
    }

    public boolean hasProblem(String messageKey) {
        return problems.stream().anyMatch(p -> p.messageKey().equals(messageKey));
    }

    private static String describe(List<PackageProblem> problems) {
        return problems.stream()
                .map(p -> (p.location().isEmpty() ? "" : p.location() + " ") + p.messageKey() + p.arguments())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}
