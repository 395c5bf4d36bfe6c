package id.akademikoperasi.shared.api;

import id.akademikoperasi.shared.files.ContentDisposition;
import id.akademikoperasi.shared.web.LocaleView;
import id.akademikoperasi.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every download of a personal document shares: the file as an attachment that nobody caches, an error as a
 * small JSON body in the reader's language, and the public address printed into QR codes.
 *
 * <pre>{@code
 * return Downloads.file(pdfBytes, Downloads.PDF, "sertifikat-AK-6474-2026-000001.pdf");
 * return Downloads.error(request, Response.Status.NOT_FOUND, "certification.pdf.notFound");
 * String verifyUrl = Downloads.publicBase(request) + "/v/" + code;
 * }</pre>
 */
public final class Downloads {

    public static final MediaType PDF = new MediaType("application", "pdf");

    /** A file as an attachment under the given name; it names people, so it is never stored on the way. */
    public static Response file(Object body, MediaType type, String name) {
        return Response.ok(body, type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(name))
                .cacheControl(privateNoStore()).build();
    }

    public static Response error(HttpServletRequest request, Response.Status status, String key) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(privateNoStore())
                .entity(new ErrorBody(key, Messages.text(LocaleView.of(request), key))).build();
    }

    public static CacheControl privateNoStore() {
        CacheControl none = new CacheControl();
        none.setNoStore(true);
        none.setPrivate(true);
        return none;
    }

    /**
     * The configured public address ({@code ak.public-url}) when there is one — behind a load balancer the request
     * names an internal host — else the address this request came to (development, a demo on a local network, the
     * tests). Never ends with a slash.
     */
    public static String publicBase(HttpServletRequest request) {
        return ConfigProvider.getConfig().getOptionalValue("ak.public-url", String.class)
                .filter(u -> !u.isBlank() && !u.contains("://localhost")).map(u -> u.replaceAll("/+$", ""))
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName()
                        + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                        + request.getContextPath());
    }

    private Downloads() {
    }
}
