package id.akademikoperasi.certification.web;

import id.akademikoperasi.certification.application.CertificationService;
import id.akademikoperasi.certification.application.CertificationService.SchemeChecklist;
import id.akademikoperasi.identity.application.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code /member/certification}: for each scheme, what the member's record already proves and what is left. */
@Named
@RequestScoped
public class CertificationView {

    @Inject
    private CertificationService certification;

    @Inject
    private CurrentUser currentUser;

    private List<SchemeChecklist> schemes = List.of();

    public void load() {
        schemes = certification.checklists(currentUser.require(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<SchemeChecklist> getSchemes() { return schemes; }
}
