package id.akademikoperasi.catalog.application;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Video links a trainer may attach: only from allowed hosts, and shown through the host's privacy-friendly embed.
 *
 * <pre>{@code
 * VideoLinks.embedUrl("https://youtu.be/abcdEFGhijk");  // https://www.youtube-nocookie.com/embed/abcdEFGhijk
 * VideoLinks.embedUrl("https://evil.example/x");       // Optional.empty()
 * }</pre>
 */
public final class VideoLinks {

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_ID = Pattern.compile("\\d{6,12}");
    public static final Set<String> HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "vimeo.com",
            "www.vimeo.com");

    public static Optional<String> embedUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String id = null;
        if (host.equals("youtu.be")) {
            id = path.replaceFirst("^/", "");
        } else if (host.endsWith("youtube.com")) {
            if (path.equals("/watch") && uri.getQuery() != null) {
                Matcher m = Pattern.compile("(?:^|&)v=([^&]+)").matcher(uri.getQuery());
                id = m.find() ? m.group(1) : null;
            } else if (path.startsWith("/embed/") || path.startsWith("/shorts/")) {
                id = path.substring(path.indexOf('/', 1) + 1);
            }
        } else if (host.endsWith("vimeo.com")) {
            String vimeo = path.replaceFirst("^/", "");
            return HOSTS.contains(host) && VIMEO_ID.matcher(vimeo).matches()
                    ? Optional.of("https://player.vimeo.com/video/" + vimeo + "?dnt=1") : Optional.empty();
        }
        if (!HOSTS.contains(host) || id == null || !YOUTUBE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of("https://www.youtube-nocookie.com/embed/" + id);
    }

    private VideoLinks() {
    }
}
