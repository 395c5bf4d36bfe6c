package id.akademikoperasi.certification.web;

import id.akademikoperasi.certification.application.CertificateRegistry;
import id.akademikoperasi.certification.application.CertificateRegistry.CertificateLine;
import id.akademikoperasi.certification.application.CertificationDecisions;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.organisation.application.RegionView;
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
 * {@code /office/certificates}: the certificates issued in the officer's regions, found by kecamatan, number or
 * name; a valid one can be revoked with a reason, which the public verification shows at once.
 */
@Named
@ViewScoped
public class CertificateRegisterView implements Serializable {

    @Inject
    private transient CertificateRegistry registry;

    @Inject
    private transient CertificationDecisions decisions;

    @Inject
    private transient CurrentUser currentUser;

    private List<RegionView> kecamatan = List.of();
    private List<CertificateLine> certificates = List.of();
    private String kecamatanCode;
    private String text;
    private Long revoking;
    private String reason;

    public void load() {
        kecamatan = decisions.kecamatanOf(currentUser.require());
        search();
    }

    public void search() {
        certificates = registry.search(currentUser.require(), kecamatanCode, text);
    }

    /** Opens the revocation form under one certificate. */
    public void startRevoking(long certificateId) {
        revoking = certificateId;
        reason = null;
    }

    public void cancel() {
        revoking = null;
    }

    public void revoke() {
        try {
            registry.revoke(currentUser.require(), revoking, reason);
            Messages.info("certification.revoke.done");
            revoking = null;
            search();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("reason", "register:certificates:" + indexOf(revoking) + ":reason"));
        } catch (NotFoundException | AccessDeniedException e) {
            Messages.error("certification.certificate.notFound");
        }
    }

    private int indexOf(Long id) {
        for (int i = 0; i < certificates.size(); i++) {
            if (id != null && certificates.get(i).id() == id) {
                return i;
            }
        }
        return 0;
    }

    public List<RegionView> getKecamatan() { return kecamatan; }
    public List<CertificateLine> getCertificates() { return certificates; }

    /** Whether the search reached the most one page shows, so the officer should narrow it. */
    public boolean isLimited() { return certificates.size() >= CertificateRegistry.SEARCH_LIMIT; }
    public String getKecamatanCode() { return kecamatanCode; }
    public void setKecamatanCode(String kecamatanCode) { this.kecamatanCode = kecamatanCode; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getRevoking() { return revoking; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
