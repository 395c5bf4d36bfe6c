package id.akademikoperasi.certification.web;

import id.akademikoperasi.certification.application.CertificationDecisions;
import id.akademikoperasi.certification.application.CertificationDecisions.Detail;
import id.akademikoperasi.certification.application.CertificationDecisions.QueueLine;
import id.akademikoperasi.certification.application.CertificationService;
import id.akademikoperasi.certification.domain.Application.RejectReason;
import id.akademikoperasi.certification.domain.Scheme;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /office/applications}: DKUMPP's queue of certification applications in the officer's regions, oldest
 * first; an application's frozen evidence; approve (the certificate is issued) or reject with a reason.
 */
@Named
@ViewScoped
public class ApplicationsQueueView implements Serializable {

    @Inject
    private transient CertificationDecisions decisions;

    @Inject
    private transient CertificationService certification;

    @Inject
    private transient CurrentUser currentUser;

    private List<QueueLine> queue = List.of();
    private List<String> schemes = List.of();
    private Map<String, String> schemeNames = Map.of();
    private String scheme;
    private Detail detail;
    private String reason;
    private String note;

    public void load() {
        List<Scheme> all = certification.schemes();
        schemes = all.stream().map(Scheme::code).toList();
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        schemeNames = all.stream().collect(java.util.stream.Collectors.toMap(Scheme::code, s -> s.name(locale)));
        queue = decisions.queue(currentUser.require(), null, scheme == null || scheme.isBlank() ? null : scheme);
    }

    public void open(long applicationId) {
        try {
            detail = decisions.detail(currentUser.require(), applicationId);
            reason = null;
            note = null;
        } catch (NotFoundException | AccessDeniedException e) {
            Messages.error("certification.application.notFound");
        }
    }

    public void approve() {
        try {
            CertificationDecisions.Approval approval = decisions.approve(currentUser.require(), detail.line().id());
            if (approval.issued()) {
                Messages.info("certification.decision.approved", approval.certificateNumber());
            } else {
                Messages.info("certification.decision.firstApproval");
            }
            detail = null;
            load();
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
            load();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("reason", "decision:reason", "note", "decision:note"));
        }
    }

    /** A scheme's name in the officer's language. */
    public String schemeName(String code) {
        return schemeNames.getOrDefault(code, code);
    }

    public RejectReason[] getReasons() { return RejectReason.values(); }
    public List<QueueLine> getQueue() { return queue; }
    public List<String> getSchemes() { return schemes; }
    public String getScheme() { return scheme; }
    public void setScheme(String scheme) { this.scheme = scheme; }
    public Detail getDetail() { return detail; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
