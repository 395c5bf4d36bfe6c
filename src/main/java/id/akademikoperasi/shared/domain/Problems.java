package id.akademikoperasi.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the problems of one form, then throws them together. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public Problems add(String field, String messageKey, Object... arguments) {
        found.add(Problem.of(field, messageKey, arguments));
        return this;
    }

    public Problems add(Optional<Problem> problem) {
        problem.ifPresent(found::add);
        return this;
    }

    public boolean has(String field) {
        return found.stream().anyMatch(p -> field.equals(p.field()));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
