package id.akademikoperasi.catalog.domain;

import java.io.Serializable;

/** Identifies one version of a course. Progress and attempts refer to this, never to the course alone. */
public record CourseVersionId(long value) implements Serializable {
    public CourseVersionId {
        if (value <= 0) {
            throw new IllegalArgumentException("a course version id is positive");
        }
    }
}
