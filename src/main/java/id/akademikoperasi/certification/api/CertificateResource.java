package id.akademikoperasi.certification.api;

import id.akademikoperasi.certification.application.PublicVerification;
import id.akademikoperasi.certification.infrastructure.VerificationRateLimit;
import id.akademikoperasi.shared.api.ErrorBody;
import id.akademikoperasi.shared.web.LocaleView;
import id.akademikoperasi.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Anyone's check of a certificate by the code printed on it (a bank, a notary, a citizen; no login). It tells
 * what the public page {@code /v/{code}} tells and nothing more, answers 200 for every code (an unknown code and
 * a malformed one give the same body), is never cached (a revocation counts from the next request), and opens no
 * HTTP session. Rate-limited per client, together with the page.
 */
@Path("v1/certificates")
@ApplicationScoped
@Tag(name = "Certificates", description = "Public verification of a certificate by its code, without login")
public class CertificateResource {

    static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=utf-8";
    static final String NO_STORE = "no-store";

    @Inject
    private PublicVerification verification;

    @Inject
    private VerificationRateLimit rateLimit;

    /** An empty code, as a form that sends nothing makes: the same answer as any code that matches nothing. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response checkNothing(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                 @Context HttpServletRequest request) {
        return check("", lang, acceptLanguage, request);
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a certificate",
            description = "The status of the certificate with this verification code and the facts printed on it. "
                    + "Spaces, dashes and letter case in the code do not matter. Responses carry "
                    + "Cache-Control: no-store: a revocation is reported from the moment it is made.")
    @APIResponse(responseCode = "200", description = "The check; status UNKNOWN when no certificate has this code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateJson.class)))
    @APIResponse(responseCode = "429", description = "Too many checks from this client in the current minute "
            + "(ak.verify.rate-limit, 60 by default, counted with the public page)",
            headers = @Header(name = "Retry-After", description = "Seconds until checks are accepted again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    public Response check(
            @Parameter(description = "The verification code on the certificate or in its QR", example = "K7M2-Q9XH-4TPA-8RWE")
            @PathParam("code") String code,
            @Parameter(description = "Language of the scheme's name and of messages: id (default) or en")
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpServletRequest request) {
        OptionalLong wait = rateLimit.secondsToWait(request);
        Locale locale = language(lang, acceptLanguage);
        if (wait.isPresent()) {
            String key = "certification.verify.tooMany";
            return Response.status(Response.Status.TOO_MANY_REQUESTS).type(JSON_UTF8)
                    .header(HttpHeaders.CACHE_CONTROL, NO_STORE).header(HttpHeaders.RETRY_AFTER, wait.getAsLong())
                    .entity(new ErrorBody(key, Messages.text(locale, key, wait.getAsLong()))).build();
        }
        return Response.ok(CertificateJson.of(verification.check(code), locale).toJson(), JSON_UTF8)
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
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
