package id.akademikoperasi.learning.domain;

/** Where a member stands in one lesson. A lesson never opened has no progress record and is NOT_STARTED. */
public enum LessonStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED
}
