package id.akademikoperasi.catalog.infrastructure;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.shared.files.FileAccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Course files: anyone logged in may read the files of published versions (the lessons they belong to are open
 * to every logged-in reader); trainers and admins may also read files that only drafts reference, so they can
 * preview before publishing. Hashes the catalog does not reference are refused.
 */
@ApplicationScoped
public class CatalogFileAccess implements FileAccessPolicy {

    @Inject
    private CatalogService catalog;

    @Override
    public boolean mayRead(HttpServletRequest request, String sha256) {
        if (request.getUserPrincipal() == null) {
            return false;
        }
        if (catalog.isPublishedFile(sha256)) {
            return true;
        }
        return (request.isUserInRole("TRAINER") || request.isUserInRole("SYSADMIN")) && catalog.isDraftFile(sha256);
    }
}
