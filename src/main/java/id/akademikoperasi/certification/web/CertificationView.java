package id.akademikoperasi.certification.web;

import id.akademikoperasi.certification.application.CertificationService;
import id.akademikoperasi.certification.application.CertificationService.ApplicationLine;
import id.akademikoperasi.certification.application.CertificationService.SchemeChecklist;
import id.akademikoperasi.certification.domain.Declaration;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /member/certification}: for each scheme, what the member's record already proves and what is left; when
 * everything is met, the declarations to sign and the application.
 */
@Named
@ViewScoped
public class CertificationView implements Serializable {

    @Inject
    private transient CertificationService certification;

    @Inject
    private transient CurrentUser currentUser;

    private List<SchemeChecklist> schemes = List.of();
    private List<ApplicationLine> applications = List.of();

    /** Per scheme: the declarations ticked, and the relatives named. */
    private final Map<String, List<String>> signed = new HashMap<>();
    private final Map<String, String> relatives = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();

    public void load() {
        schemes = certification.checklists(currentUser.require(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        applications = certification.myApplications(currentUser.require());
        schemes.forEach(s -> signed.putIfAbsent(s.code(), new java.util.ArrayList<>()));
    }

    public void apply(String scheme) {
        try {
            Set<Declaration> ticked = EnumSet.noneOf(Declaration.class);
            signed.getOrDefault(scheme, List.of()).forEach(d -> ticked.add(Declaration.valueOf(d)));
            certification.apply(currentUser.require(), scheme, ticked, relatives.get(scheme),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            Messages.info("certification.apply.done");
            load();
        } catch (InvalidInputException e) {
            Messages.error(e.problems().getFirst().messageKey(), e.problems().getFirst().arguments().toArray());
        } catch (NotFoundException e) {
            Messages.error(e.messageKey());
        }
    }

    /** The member's newest application for a scheme, if any. */
    public Optional<ApplicationLine> applicationOf(String scheme) {
        return applications.stream().filter(a -> a.schemeCode().equals(scheme)).findFirst();
    }

    public ApplicationLine latest(String scheme) {
        return applicationOf(scheme).orElse(null);
    }

    /** The member answers DKUMPP's question on their open application of the scheme. */
    public void answer(String scheme) {
        applicationOf(scheme).ifPresent(a -> {
            try {
                certification.answerInfo(currentUser.require(), a.id(), answers.get(scheme));
                Messages.info("certification.info.sent");
                answers.remove(scheme);
                load();
            } catch (InvalidInputException e) {
                Messages.error(e.problems().getFirst().messageKey(), e.problems().getFirst().arguments().toArray());
            } catch (NotFoundException e) {
                Messages.error(e.messageKey());
            }
        });
    }

    public void withdraw(String scheme) {
        applicationOf(scheme).ifPresent(a -> {
            try {
                certification.withdraw(currentUser.require(), a.id());
                Messages.info("certification.apply.withdrawn");
                load();
            } catch (InvalidInputException e) {
                Messages.error(e.problems().getFirst().messageKey());
            } catch (NotFoundException e) {
                Messages.error(e.messageKey());
            }
        });
    }

    public Map<String, String> getAnswers() { return answers; }

    public List<SchemeChecklist> getSchemes() { return schemes; }
    public Map<String, List<String>> getSigned() { return signed; }
    public Map<String, String> getRelatives() { return relatives; }
}
