package id.akademikoperasi.shared.files;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may download which blob. {@link FileServlet} asks every deployed implementation and lets the request through
 * when at least one says yes; with none deployed, nobody gets any file.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class CourseMaterialAccess implements FileAccessPolicy {
 *     @Inject CurrentUser user;
 *     @Inject MaterialDirectory materials;
 *
 *     @Override
 *     public boolean mayRead(HttpServletRequest request, String sha256) {
 *         // yes only for blobs that this context references AND that this user may see
 *         return materials.isVisibleTo(user.actor(), sha256);
 *     }
 * }
 * }</pre>
 * Each context answers for its own references only and says no to every hash it does not know: one policy that
 * says yes too freely opens every file. The request gives the user ({@code getUserPrincipal()}, the session);
 * the hash is already known to be 64 lower-case hex digits. Called for every request, range requests of a video
 * included, so keep it to one indexed query.
 */
public interface FileAccessPolicy {

    boolean mayRead(HttpServletRequest request, String sha256);
}
