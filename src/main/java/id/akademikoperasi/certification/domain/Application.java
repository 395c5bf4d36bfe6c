package id.akademikoperasi.certification.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A member's application for a certification scheme, with the declarations they signed and the evidence frozen as
 * it stood when they applied. It can only be made when the record meets every requirement and every declaration
 * of the scheme is signed; the kinship declaration may instead name the relatives who sit on a board (DKUMPP then
 * weighs it).
 *
 * <pre>{@code
 * Application a = Application.submit(account, scheme.code(), scheme.requirements(), checklist, koperasiId, region,
 *         Set.of(Declaration.DATA_TRUE), null, snapshotJson, now);
 * }</pre>
 */
@Entity
@Table(name = "crt_application")
public class Application {

    public enum Status { SUBMITTED, INFO_REQUESTED, APPROVED, REJECTED, WITHDRAWN }

    public static final int MAX_RELATIVES = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "scheme_code", nullable = false, length = 40)
    private String schemeCode;

    @Column(name = "koperasi_id", nullable = false)
    private long koperasiId;

    @Column(name = "region_code", nullable = false, length = 13)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    /** account:scheme while open (unique), null once decided: one open application per member and scheme. */
    @Column(name = "open_key", length = 60)
    private String openKey;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false, length = 200)
    private String declarations;

    @Column(length = MAX_RELATIVES)
    private String relatives;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String snapshot;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_reason", length = 30)
    private RejectReason decisionReason;

    @Column(name = "decision_note", length = MAX_NOTE)
    private String decisionNote;

    @Column(name = "info_request", length = MAX_NOTE)
    private String infoRequest;

    @Column(name = "info_requested_by")
    private Long infoRequestedBy;

    @Column(name = "info_requested_at")
    private Instant infoRequestedAt;

    @Column(name = "info_reply", length = MAX_REPLY)
    private String infoReply;

    @Column(name = "info_replied_at")
    private Instant infoRepliedAt;

    @Column(name = "first_approved_by")
    private Long firstApprovedBy;

    @Column(name = "first_approved_at")
    private Instant firstApprovedAt;

    @Column(name = "reapply_after")
    private Instant reapplyAfter;

    @Column(name = "renews_certificate_id")
    private Long renewsCertificateId;

    public static final int MAX_REPLY = 2000;

    /** Why DKUMPP rejects; OTHER needs a note, every reason may have one. */
    public enum RejectReason { REQUIREMENTS_NOT_MET, KINSHIP, PERANGKAT, DATA_MISMATCH, OTHER }

    public static final int MAX_NOTE = 1000;

    protected Application() {
    }

    /**
     * A named officer approves. When the scheme wants two officers, the first approval is only recorded (and
     * {@code false} returned); the application is approved — and the certificate issued alongside — when a second,
     * different officer approves.
     */
    public boolean approve(long by, Instant at, boolean twoOfficers) {
        requireOpen();
        if (twoOfficers && firstApprovedBy == null) {
            firstApprovedBy = by;
            firstApprovedAt = at;
            return false;
        }
        if (twoOfficers && firstApprovedBy == by) {
            throw new RuleRefusal("secondOfficerRequired");
        }
        status = Status.APPROVED;
        openKey = null;
        decidedBy = by;
        decidedAt = at;
        return true;
    }

    /** A named officer rejects, with a reason from the list and, for OTHER, a note the member reads. */
    public void reject(long by, Instant at, RejectReason reason, String note, java.time.Duration reapplyWait) {
        requireOpen();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == null) {
            throw new RuleRefusal("reasonRequired");
        }
        if (reason == RejectReason.OTHER && text == null) {
            throw new RuleRefusal("noteRequired");
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw new RuleRefusal("noteTooLong");
        }
        status = Status.REJECTED;
        openKey = null;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason;
        decisionNote = text;
        reapplyAfter = at.plus(reapplyWait);
    }

    /** An officer asks the member for more: the member is told and answers; the application stays open. */
    public void requestInfo(long by, Instant at, String question) {
        requireOpen();
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new RuleRefusal("questionRequired");
        }
        if (text.length() > MAX_NOTE) {
            throw new RuleRefusal("questionTooLong");
        }
        status = Status.INFO_REQUESTED;
        infoRequest = text;
        infoRequestedBy = by;
        infoRequestedAt = at;
        infoReply = null;
        infoRepliedAt = null;
    }

    /** The member answers the officer's question; the application returns to the queue as submitted. */
    public void answerInfo(Instant at, String answer) {
        if (status != Status.INFO_REQUESTED) {
            throw new RuleRefusal("noQuestion");
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new RuleRefusal("answerRequired");
        }
        if (text.length() > MAX_REPLY) {
            throw new RuleRefusal("answerTooLong");
        }
        status = Status.SUBMITTED;
        infoReply = text;
        infoRepliedAt = at;
    }

    /** The member takes back an application that is still open. */
    public void withdraw(Instant at) {
        requireOpen();
        status = Status.WITHDRAWN;
        openKey = null;
        decidedAt = at;
    }

    /** A rejected member may apply for the scheme again from this moment. */
    public boolean mayReapply(Instant now) {
        return status != Status.REJECTED || reapplyAfter == null || !now.isBefore(reapplyAfter);
    }

    public String infoRequest() { return infoRequest; }
    public Long infoRequestedBy() { return infoRequestedBy; }
    public Instant infoRequestedAt() { return infoRequestedAt; }
    public String infoReply() { return infoReply; }
    public Instant infoRepliedAt() { return infoRepliedAt; }
    public Long firstApprovedBy() { return firstApprovedBy; }
    public Instant firstApprovedAt() { return firstApprovedAt; }
    public Instant reapplyAfter() { return reapplyAfter; }
    public Long renewsCertificateId() { return renewsCertificateId; }

    /** The application renews this certificate (a recertification within its window). */
    public void renews(long certificateId) {
        renewsCertificateId = certificateId;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new RuleRefusal("alreadyDecided");
        }
    }

    public Long decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public RejectReason decisionReason() { return decisionReason; }
    public String decisionNote() { return decisionNote; }

    public static Application submit(long accountId, String schemeCode, Requirements requirements,
                                     Eligibility.Checklist checklist, long koperasiId, String regionCode,
                                     Set<Declaration> signed, String relatives, String snapshot, Instant at) {
        if (!checklist.readyToApply()) {
            throw new RuleRefusal("notReady");
        }
        String named = relatives == null || relatives.isBlank() ? null : relatives.strip();
        if (named != null && named.length() > MAX_RELATIVES) {
            throw new RuleRefusal("relativesTooLong");
        }
        for (Declaration d : requirements.declarations()) {
            boolean kinshipExplained = d == Declaration.NO_KINSHIP && named != null;
            if (!signed.contains(d) && !kinshipExplained) {
                throw new RuleRefusal("declarationsRequired");
            }
        }
        Application a = new Application();
        a.accountId = accountId;
        a.schemeCode = schemeCode;
        a.koperasiId = koperasiId;
        a.regionCode = regionCode;
        a.status = Status.SUBMITTED;
        a.openKey = accountId + ":" + schemeCode;
        a.submittedAt = at;
        a.declarations = new TreeSet<>(signed.stream().map(Enum::name).toList()).stream().collect(Collectors.joining(","));
        a.relatives = named;
        a.snapshot = snapshot;
        return a;
    }

    public boolean isOpen() {
        return status == Status.SUBMITTED || status == Status.INFO_REQUESTED;
    }

    public long id() { return id; }

    /** The id, or null before the application is stored (a certificate built in a test). */
    Long persistentId() { return id; }
    public long accountId() { return accountId; }
    public String schemeCode() { return schemeCode; }
    public long koperasiId() { return koperasiId; }
    public String regionCode() { return regionCode; }
    public Status status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public Set<Declaration> declarations() {
        return declarations.isEmpty() ? Set.of() : Arrays.stream(declarations.split(",")).map(Declaration::valueOf)
                .collect(Collectors.toSet());
    }
    public String relatives() { return relatives; }
    public String snapshot() { return snapshot; }
}
