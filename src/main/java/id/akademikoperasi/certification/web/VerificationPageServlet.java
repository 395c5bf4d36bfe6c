package id.akademikoperasi.certification.web;

import id.akademikoperasi.certification.domain.VerificationCode;
import id.akademikoperasi.certification.infrastructure.VerificationRateLimit;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The short public address of a certificate, {@code /v/{code}}, printed under the QR code; and {@code /v}, where
 * anyone types a code. Both show the Faces page {@code verify.xhtml} (forwarded, so the address stays short), after
 * counting the request against the per-client limit shared with the API.
 *
 * <p>{@code /v?kode=…} (the page's own GET form) goes on to {@code /v/{code}} when the input is a well-formed code,
 * so the address in the browser is the one to share; any other input is answered on the spot as UNKNOWN, exactly as
 * a well-formed code that matches nothing.
 */
@WebServlet(urlPatterns = {"/v", "/v/*"})
public class VerificationPageServlet extends HttpServlet {

    static final String VIEW = "/verify.xhtml";

    @Inject
    private VerificationRateLimit rateLimit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response, true);
    }

    /** The page's own postbacks (the language switch): Faces runs them on the same view. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response, false);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, boolean get) throws ServletException, IOException {
        // the holder's name is on the page: not for caches, search engines, or the Referer of links followed from it
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getPathInfo();
        String code = path == null || path.length() <= 1 ? null : path.substring(1);
        if (code == null && get) {
            String typed = request.getParameter("kode");
            if (typed != null && !typed.isBlank()) {
                Optional<String> wellFormed = VerificationCode.normalise(typed);
                if (wellFormed.isPresent()) {
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", request.getContextPath() + "/v/" + wellFormed.get());
                    return;
                }
                code = typed;
            }
        }
        if (code != null) {
            // counted only when a certificate is looked up: the empty form and the redirect of a typed code are free
            OptionalLong wait = rateLimit.secondsToWait(request);
            if (wait.isPresent()) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
                request.setAttribute(VerificationView.LIMITED, wait.getAsLong());
                request.getRequestDispatcher(VIEW).forward(request, response);
                return;
            }
            request.setAttribute(VerificationView.CODE, code);
        }
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
