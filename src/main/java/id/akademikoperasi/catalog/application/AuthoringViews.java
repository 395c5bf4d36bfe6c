package id.akademikoperasi.catalog.application;

import java.io.Serializable;
import java.util.List;

/** What the trainer's pages show of courses and their drafts. */
public final class AuthoringViews {

    public record CourseRow(String code, String title, String origin, Integer latestNumber, boolean hasDraft)
            implements Serializable {
    }

    public record MaterialRow(String title, String kind, String fileName, Long sizeBytes, String url) implements Serializable {
    }

    public record LessonRow(int index, String title, int minutes, int materials) implements Serializable {
    }

    public record ModuleRow(int index, String titleId, String titleEn, List<LessonRow> lessons) implements Serializable {
    }

    public record DraftView(String code, String titleId, String titleEn, String summaryId, String summaryEn,
                            String category, String level, int estimatedMinutes, List<String> leadsTo,
                            List<ModuleRow> modules, Integer latestNumber) implements Serializable {
    }

    public record LessonDraft(String code, int index, int total, String titleId, String titleEn, int minutes,
                              String markdown, String html, List<MaterialRow> materials) implements Serializable {
    }

    private AuthoringViews() {
    }
}
