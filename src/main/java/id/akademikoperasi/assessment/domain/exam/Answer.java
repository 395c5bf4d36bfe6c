package id.akademikoperasi.assessment.domain.exam;

import id.akademikoperasi.assessment.domain.scoring.Response;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The member's answer to one question of an {@link Attempt}, as last saved; part of the attempt. */
@Entity
@Table(name = "asm_answer")
@IdClass(Answer.Key.class)
public class Answer {

    public static class Key implements Serializable {
        long attempt;
        int slot;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attempt == attempt && k.slot == slot;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attempt, slot);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id")
    private Attempt attempt;

    @Id
    @Column(name = "slot")
    private int slot;

    @Column(nullable = false, length = 4000)
    private String response;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(precision = 5, scale = 4)
    private BigDecimal fraction;

    protected Answer() {
    }

    Answer(Attempt attempt, int slot) {
        this.attempt = attempt;
        this.slot = slot;
    }

    void save(Response given, Instant at) {
        this.response = given.toStorage();
        this.savedAt = at;
    }

    void grade(BigDecimal fraction) {
        this.fraction = fraction;
    }

    public int slot() { return slot; }
    public Response response() { return Response.fromStorage(response); }
    public Instant savedAt() { return savedAt; }
    public BigDecimal fraction() { return fraction; }
}
