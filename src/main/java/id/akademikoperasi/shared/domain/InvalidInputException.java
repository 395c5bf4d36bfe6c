package id.akademikoperasi.shared.domain;

import java.util.List;

/**
 * Thrown when a user's input breaks a rule. Carries every problem found, not just the first, so a form can
 * show them all at once. Unchecked, so a transactional service that throws it rolls back and writes nothing.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean hasProblem(String messageKey) {
        return problems.stream().anyMatch(p -> p.messageKey().equals(messageKey));
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(p -> (p.field() == null ? "" : p.field() + ": ") + p.messageKey())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
