package id.akademikoperasi.certification.api;

import id.akademikoperasi.certification.application.PublicVerification;
import id.akademikoperasi.certification.infrastructure.VerificationRateLimit;
import id.akademikoperasi.shared.web.LocaleView;
import id.akademikoperasi.shared.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code GET /api/v1/certificates/{code}}: anyone's check of a certificate by the code printed on it (a bank, a
 * notary, a citizen; no login). It tells what the public page {@code /v/{code}} tells and nothing more, answers 200
 * for every code (an unknown code and a malformed one give the same body), is never cached (a revocation counts from
 * the next request), opens no HTTP session, and is rate-limited per client together with the page. Its contract is
 * documented in {@code META-INF/openapi.yaml}, which MicroProfile OpenAPI merges into {@code /openapi}.
 *
 * <p>A plain servlet rather than a JAX-RS resource: this is the busiest public address, and measured under
 * bench/verify.sh Jersey's request scope, injection and response pipeline cost about a third of its CPU for a
 * fixed-shape GET (see bench/README.md). The mapping is longer than Jersey's {@code /api/*}, so it wins.
 */
@WebServlet(urlPatterns = {"/api/v1/certificates", "/api/v1/certificates/*"})
public class CertificateCheckServlet extends HttpServlet {

    static final String JSON_UTF8 = "application/json;charset=utf-8";
    static final String TOO_MANY = "certification.verify.tooMany";

    @Inject
    private PublicVerification verification;

    @Inject
    private VerificationRateLimit rateLimit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        OptionalLong wait = rateLimit.secondsToWait(request);
        Locale locale = language(request.getParameter("lang"), request.getHeader("Accept-Language"));
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            StringBuilder body = new StringBuilder("{\"code\":\"").append(TOO_MANY).append("\",\"message\":\"");
            CertificateJson.escape(body, Messages.text(locale, TOO_MANY, wait.getAsLong()));
            write(response, body.append("\"}").toString());
            return;
        }
        String path = request.getPathInfo();
        String code = path == null || path.length() <= 1 ? "" : path.substring(1);
        write(response, CertificateJson.of(verification.check(code), locale).toJson());
    }

    private static void write(HttpServletResponse response, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setContentType(JSON_UTF8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** {@code ?lang=} first, then the first of Indonesian or English in Accept-Language; Indonesian otherwise. */
    static Locale language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return "en".equalsIgnoreCase(lang.strip()) ? Locale.ENGLISH : LocaleView.INDONESIAN;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return LocaleView.INDONESIAN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return Locale.ENGLISH;
                }
                if (tag.equals("id") || tag.startsWith("id-") || tag.equals("in") || tag.startsWith("in-")) {
                    return LocaleView.INDONESIAN;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return LocaleView.INDONESIAN;
        }
        return LocaleView.INDONESIAN;
    }
}
