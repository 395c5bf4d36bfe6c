package id.akademikoperasi.certification.api;

import id.akademikoperasi.shared.api.Downloads;
import id.akademikoperasi.certification.application.CertificateFiles;
import id.akademikoperasi.certification.application.PrintedCertificate;
import id.akademikoperasi.certification.infrastructure.CertificatePdf;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * The certificate as a PDF, for the logged-in holder, an officer of its region or a system administrator:
 * {@code GET /api/v1/certificate-files/42.pdf}. Everyone else gets 404, as for an id never issued. Kept apart from
 * the public {@code v1/certificates} (verification by code, no login) so the two never share a path.
 * The document names a person, so it is never cached.
 */
@Path("v1/certificate-files")
@RequestScoped
@Tag(name = "Certificates", description = "The printable certificate of its holder")
public class CertificateDownloads {

    @Inject
    private CertificateFiles files;

    @Inject
    private CurrentUser currentUser;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("{id: [0-9]+}.pdf")
    @Operation(summary = "A certificate (PDF, in Bahasa Indonesia) with the QR code of its public verification page")
    public Response certificate(@PathParam("id") long certificateId) {
        Optional<Actor> actor = currentUser.actor();
        if (actor.isEmpty()) {
            return Downloads.error(request, Response.Status.UNAUTHORIZED, "certification.pdf.loggedOut");
        }
        try {
            PrintedCertificate printed = files.printable(actor.get(), certificateId, Downloads.publicBase(request));
            return Downloads.file(CertificatePdf.bytes(printed), Downloads.PDF, printed.fileName());
        } catch (NotFoundException e) {
            return Downloads.error(request, Response.Status.NOT_FOUND, e.messageKey());
        }
    }
}
