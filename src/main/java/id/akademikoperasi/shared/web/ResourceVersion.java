package id.akademikoperasi.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version in the address of the app's own styles and scripts ({@code …app.css.xhtml?ln=ak&v=3f9c2a1b}): a hash of
 * their content, so a browser keeps them for a week yet fetches them again as soon as a release changes them. Every
 * instance of a cluster computes the same value from the same files.
 *
 * <pre>{@code
 * <param-value>#{resourceVersion.version}</param-value>   <!-- org.omnifaces.VERSIONED_RESOURCE_HANDLER_VERSION -->
 * }</pre>
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    static final String ROOT = "/resources/ak/";

    @Inject
    private ServletContext context;

    private volatile String version;

    public String getVersion() {
        String v = version;
        if (v == null) {
            v = compute();
            version = v;
        }
        return v;
    }

    private String compute() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Set<String> files = new TreeSet<>();
        Deque<String> folders = new ArrayDeque<>();
        folders.push(ROOT);
        while (!folders.isEmpty()) {
            Set<String> entries = context.getResourcePaths(folders.pop());
            if (entries == null) {
                continue;
            }
            for (String entry : entries) {
                if (entry.endsWith("/")) {
                    folders.push(entry);
                } else {
                    files.add(entry);
                }
            }
        }
        for (String file : files) {
            sha.update(file.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = context.getResourceAsStream(file)) {
                if (in != null) {
                    sha.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
    }
}
