package id.akademikoperasi.catalog.application;

import java.io.Serializable;
import java.util.List;

/** What the catalog pages show, already in the reader's language. */
public final class CatalogViews {

    public record CourseCard(String code, String title, String summary, String category, String level, int minutes,
                             int lessonCount, List<String> leadsTo) implements Serializable {
    }

    public record LessonLink(int index, String title, int minutes) implements Serializable {
    }

    public record ModuleOutline(String title, List<LessonLink> lessons) implements Serializable {
    }

    public record ExamOutline(String title, int questionCount, int passMark, int timeLimitMinutes, int maxAttempts)
            implements Serializable {
    }

    public record CourseOutline(String code, long versionId, int versionNumber, String title, String summary,
                                String category, String level, int minutes, List<String> leadsTo,
                                List<ModuleOutline> modules, ExamOutline exam) implements Serializable {
        public int lessonCount() {
            return modules.stream().mapToInt(m -> m.lessons().size()).sum();
        }
    }

    public record MaterialView(String title, String kind, String url, String fileName, String mediaType,
                               Long sizeBytes, String embedUrl) implements Serializable {
        public boolean isPdf() {
            return "application/pdf".equals(mediaType);
        }

        public boolean isVideo() {
            return mediaType != null && mediaType.startsWith("video/");
        }

        public boolean isImage() {
            return mediaType != null && mediaType.startsWith("image/");
        }

        public boolean isVideoLink() {
            return embedUrl != null;
        }
    }

    /**
     * A lesson page. {@code quiz} is set when the lesson ends with a quiz: passing it, not "mark as done", completes
     * the lesson.
     */
    public record LessonPage(String courseCode, String courseTitle, long versionId, int index, int total, String moduleTitle,
                             String title, int minutes, String html, List<MaterialView> materials, Integer previous,
                             Integer next, QuizOutline quiz) implements Serializable {
        public boolean hasQuiz() {
            return quiz != null;
        }
    }

    public record QuizOutline(int questionCount, int passMark) implements Serializable {
    }

    private CatalogViews() {
    }
}
