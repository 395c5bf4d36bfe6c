package id.akademikoperasi.learning.domain;

import java.io.Serializable;

/** Identifies one member's enrolment in one course. */
public record EnrolmentId(long value) implements Serializable {
    public EnrolmentId {
        if (value <= 0) {
            throw new IllegalArgumentException("an enrolment id is positive");
        }
    }
}
