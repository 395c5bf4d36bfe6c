package id.akademikoperasi.catalog.domain;

import java.io.Serializable;

/** The final exam a course declares: drawn from one of its banks. The exam issue runs it. */
public record ExamSettings(Bilingual title, String bankPath, int questionCount, int passMark, int timeLimitMinutes,
                           int maxAttempts, int waitMinutes) implements Serializable {
    public ExamSettings {
        if (questionCount < 1 || passMark < 1 || passMark > 100 || timeLimitMinutes < 1 || maxAttempts < 1 || waitMinutes < 0) {
            throw new IllegalArgumentException("invalid exam settings");
        }
    }
}
