package id.akademikoperasi.certification.web;

import id.akademikoperasi.certification.application.CertificateCheck;
import id.akademikoperasi.certification.application.PublicVerification;
import id.akademikoperasi.shared.web.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public verification page ({@code /v/{code}}, {@code /v}): the status in large letters and the facts printed on
 * the certificate. A stateless view, reached only through {@link VerificationPageServlet}, which hands over the code.
 */
@Named
@RequestScoped
public class VerificationView {

    static final String CODE = "ak.verify.code";
    static final String LIMITED = "ak.verify.limited";

    @Inject
    private HttpServletRequest request;

    @Inject
    private PublicVerification verification;

    @Inject
    private LocaleView localeView;

    private CertificateCheck check;

    /** The result, or null when no code was given (the page shows only the form). */
    public CertificateCheck getCheck() {
        if (check == null && !isLimited() && request.getAttribute(CODE) instanceof String code) {
            check = verification.check(code);
        }
        return check;
    }

    public boolean isLimited() {
        return request.getAttribute(LIMITED) != null;
    }

    public Object getSecondsToWait() {
        return request.getAttribute(LIMITED);
    }

    /** VALID, EXPIRED, REVOKED or UNKNOWN: names the badge's text and style ({@code check} is a record, which EL
     * reads by its components only). */
    public String getStatus() {
        CertificateCheck c = getCheck();
        return c == null ? "" : c.status().name();
    }

    public String getSchemeName() {
        CertificateCheck c = getCheck();
        return c == null ? "" : c.schemeName(localeView.getLocale());
    }
}
