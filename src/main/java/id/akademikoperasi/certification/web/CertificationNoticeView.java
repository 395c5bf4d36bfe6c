package id.akademikoperasi.certification.web;

import id.akademikoperasi.certification.application.CertificationService;
import id.akademikoperasi.identity.application.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The member's home tells them when DKUMPP waits for their answer on a certification application. */
@Named
@RequestScoped
public class CertificationNoticeView {

    @Inject
    private CertificationService certification;

    @Inject
    private CurrentUser currentUser;

    private Boolean questionWaiting;

    public boolean isQuestionWaiting() {
        if (questionWaiting == null) {
            questionWaiting = certification.questionWaiting(currentUser.require());
        }
        return questionWaiting;
    }
}
