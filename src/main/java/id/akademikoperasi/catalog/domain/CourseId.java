package id.akademikoperasi.catalog.domain;

import java.io.Serializable;

/** Identifies a course across all its versions. */
public record CourseId(long value) implements Serializable {
    public CourseId {
        if (value <= 0) {
            throw new IllegalArgumentException("a course id is positive");
        }
    }
}
