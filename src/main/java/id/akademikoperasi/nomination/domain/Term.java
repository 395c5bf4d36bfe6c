package id.akademikoperasi.nomination.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;

import java.time.LocalDate;

/** The term of an elected board: it ends after it starts, at most five years later (UU 25/1992, AD/ART). */
public record Term(LocalDate start, LocalDate end) {

    public static final int MAX_YEARS = 5;

    public Term {
        if (start == null || end == null) {
            throw new RuleRefusal("missing");
        }
        if (!end.isAfter(start)) {
            throw new RuleRefusal("endBeforeStart");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new RuleRefusal("tooLong");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
