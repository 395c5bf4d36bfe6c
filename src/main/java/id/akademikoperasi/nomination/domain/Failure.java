package id.akademikoperasi.nomination.domain;

import java.io.Serializable;
import java.util.List;

/** One rule a nomination breaks, with the facts its message names (a certificate number, a date, a name). */
public record Failure(Rule rule, List<String> args) implements Serializable {

    public Failure {
        args = List.copyOf(args);
    }

    public static Failure of(Rule rule, String... args) {
        return new Failure(rule, List.of(args));
    }

    public String messageKey() {
        return "nomination.rule." + rule.name();
    }
}
