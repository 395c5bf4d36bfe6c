package id.akademikoperasi.assessment.domain.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A trainer's correction of one question's mark in a submitted attempt, made by {@link Attempt#regrade}: the mark
 * and the attempt's score before and after, who, when and why. Never changed once written.
 */
@Entity
@Table(name = "asm_regrade")
public class Regrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(nullable = false)
    private int slot;

    @Column(name = "old_fraction", nullable = false, precision = 5, scale = 4)
    private BigDecimal oldFraction;

    @Column(name = "new_fraction", nullable = false, precision = 5, scale = 4)
    private BigDecimal newFraction;

    @Column(name = "old_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal oldPercent;

    @Column(name = "new_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal newPercent;

    @Column(name = "old_passed", nullable = false)
    private boolean oldPassed;

    @Column(name = "new_passed", nullable = false)
    private boolean newPassed;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "regraded_by", nullable = false)
    private long regradedBy;

    @Column(name = "regraded_at", nullable = false)
    private Instant regradedAt;

    protected Regrade() {
    }

    Regrade(Long attemptId, int slot, BigDecimal oldFraction, BigDecimal newFraction, BigDecimal oldPercent,
            BigDecimal newPercent, boolean oldPassed, boolean newPassed, String reason, long regradedBy, Instant regradedAt) {
        this.attemptId = attemptId;
        this.slot = slot;
        this.oldFraction = oldFraction;
        this.newFraction = newFraction;
        this.oldPercent = oldPercent;
        this.newPercent = newPercent;
        this.oldPassed = oldPassed;
        this.newPassed = newPassed;
        this.reason = reason;
        this.regradedBy = regradedBy;
        this.regradedAt = regradedAt;
    }

    public Long attemptId() { return attemptId; }
    public int slot() { return slot; }
    public BigDecimal oldFraction() { return oldFraction; }
    public BigDecimal newFraction() { return newFraction; }
    public BigDecimal oldPercent() { return oldPercent; }
    public BigDecimal newPercent() { return newPercent; }
    public boolean oldPassed() { return oldPassed; }
    public boolean newPassed() { return newPassed; }
    public String reason() { return reason; }
    public long regradedBy() { return regradedBy; }
    public Instant regradedAt() { return regradedAt; }
}
