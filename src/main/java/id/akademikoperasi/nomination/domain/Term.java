package id.akademikoperasi.nomination.domain;

import java.time.LocalDate;

/** The term of an elected board: it ends after it starts, at most five years later (UU 25/1992, AD/ART). */
public record Term(LocalDate start, LocalDate end) {

    public static final int MAX_YEARS = 5;

    public static class InvalidTermException extends RuntimeException {
        private final String reason;

        public InvalidTermException(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() { return reason; }
    }

    public Term {
        if (start == null || end == null) {
            throw new InvalidTermException("missing");
        }
        if (!end.isAfter(start)) {
            throw new InvalidTermException("endBeforeStart");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new InvalidTermException("tooLong");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
