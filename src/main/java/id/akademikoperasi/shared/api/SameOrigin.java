package id.akademikoperasi.shared.api;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/**
 * The check every state-changing endpoint used by the app's own scripts makes: a request that names another site as
 * its Origin is refused. No Origin (older browsers) is accepted, since the session cookie is SameSite=Lax and the JSON
 * endpoints need a CORS preflight that this app never grants.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean holdsFor(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return host != null && host.equalsIgnoreCase(uri.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
