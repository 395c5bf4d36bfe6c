package id.akademikoperasi.certification.web;

import id.akademikoperasi.certification.application.CertificationDecisions;
import id.akademikoperasi.certification.application.CertificationDecisions.Detail;
import id.akademikoperasi.certification.application.CertificationDecisions.QueueFilter;
import id.akademikoperasi.certification.application.CertificationDecisions.QueueLine;
import id.akademikoperasi.certification.application.CertificationService;
import id.akademikoperasi.certification.domain.Application.RejectReason;
import id.akademikoperasi.certification.domain.Scheme;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /office/applications}: DKUMPP's queue of certification applications in the officer's regions, oldest
 * first, narrowed by kecamatan, kelurahan, scheme and waiting time; an application's frozen evidence next to the
 * member's record; approve (the certificate is issued, or a second officer is awaited), ask the member for more
 * information, or reject with a reason.
 */
@Named
@ViewScoped
public class ApplicationsQueueView implements Serializable {

    /** The waiting times an officer may narrow to, in days. */
    private static final List<Integer> WAITING = List.of(3, 7, 14, 30);

    @Inject
    private transient CertificationDecisions decisions;

    @Inject
    private transient CertificationService certification;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Clock clock;

    private List<QueueLine> queue = List.of();
    private List<String> schemes = List.of();
    private Map<String, String> schemeNames = Map.of();
    private List<RegionView> kecamatan = List.of();
    private List<RegionView> kelurahan = List.of();
    private String kecamatanCode;
    private String kelurahanCode;
    private Integer waitingDays;
    private String scheme;
    private Detail detail;
    private String reason;
    private String note;
    private String question;

    public void load() {
        List<Scheme> all = certification.schemes();
        schemes = all.stream().map(Scheme::code).toList();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        schemeNames = all.stream().collect(Collectors.toMap(Scheme::code, s -> s.name(locale)));
        kecamatan = decisions.kecamatanOf(currentUser.require());
        refresh();
    }

    /** The kecamatan changed: its kelurahan become the second filter. */
    public void kecamatanChanged() {
        kelurahanCode = null;
        kelurahan = decisions.kelurahanOf(currentUser.require(), kecamatanCode);
        refresh();
    }

    public void refresh() {
        String region = kelurahanCode != null && !kelurahanCode.isBlank() ? kelurahanCode
                : kecamatanCode != null && !kecamatanCode.isBlank() ? kecamatanCode : null;
        queue = decisions.queue(currentUser.require(), new QueueFilter(region,
                scheme == null || scheme.isBlank() ? null : scheme, waitingDays));
    }

    public void open(long applicationId) {
        try {
            detail = decisions.detail(currentUser.require(), applicationId);
            reason = null;
            note = null;
            question = null;
        } catch (NotFoundException | AccessDeniedException e) {
            Messages.error("certification.application.notFound");
        }
    }

    public void approve() {
        try {
            CertificationDecisions.Approval approval = decisions.approve(currentUser.require(), detail.line().id());
            if (approval.issued()) {
                Messages.info("certification.decision.approved", approval.certificateNumber());
                detail = null;
            } else {
                Messages.info("certification.decision.firstApproval");
                open(detail.line().id());
            }
            refresh();
        } catch (InvalidInputException e) {
            Messages.error(e.problems().getFirst().messageKey());
        }
    }

    public void reject() {
        try {
            decisions.reject(currentUser.require(), detail.line().id(), reason == null || reason.isBlank() ? null
                    : RejectReason.valueOf(reason), note);
            Messages.info("certification.decision.rejected");
            detail = null;
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("reason", "decision:reason", "note", "decision:note"));
        }
    }

    public void requestInfo() {
        try {
            decisions.requestInfo(currentUser.require(), detail.line().id(), question);
            Messages.info("certification.decision.infoRequested");
            open(detail.line().id());
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("question", "decision:question"));
        }
    }

    /** Whole days the application has waited. */
    public long waitedDays(Instant submittedAt) {
        return Math.max(0, Duration.between(submittedAt, clock.instant()).toDays());
    }

    /** A scheme's name in the officer's language. */
    public String schemeName(String code) {
        return schemeNames.getOrDefault(code, code);
    }

    /** The signed-in officer gave the first approval, so the second must come from someone else. */
    public boolean isFirstApprover() {
        return detail != null && detail.firstApprovedBy() != null
                && detail.firstApprovedBy() == currentUser.require().accountId();
    }

    public RejectReason[] getReasons() { return RejectReason.values(); }
    public List<Integer> getWaitingChoices() { return WAITING; }
    public List<QueueLine> getQueue() { return queue; }

    /** Whether the queue reached the most one page shows, so older applications may be hidden by the limit. */
    public boolean isLimited() { return queue.size() >= CertificationDecisions.QUEUE_LIMIT; }
    public List<String> getSchemes() { return schemes; }
    public List<RegionView> getKecamatan() { return kecamatan; }
    public List<RegionView> getKelurahan() { return kelurahan; }
    public String getKecamatanCode() { return kecamatanCode; }
    public void setKecamatanCode(String kecamatanCode) { this.kecamatanCode = kecamatanCode; }
    public String getKelurahanCode() { return kelurahanCode; }
    public void setKelurahanCode(String kelurahanCode) { this.kelurahanCode = kelurahanCode; }
    public Integer getWaitingDays() { return waitingDays; }
    public void setWaitingDays(Integer waitingDays) { this.waitingDays = waitingDays; }
    public String getScheme() { return scheme; }
    public void setScheme(String scheme) { this.scheme = scheme; }
    public Detail getDetail() { return detail; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
}
