package id.akademikoperasi.nomination.api;

import id.akademikoperasi.shared.api.Downloads;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.nomination.application.ElectionViews.CandidateList;
import id.akademikoperasi.nomination.application.NominationService;
import id.akademikoperasi.nomination.infrastructure.CandidateListPdf;
import id.akademikoperasi.shared.domain.AccessDeniedException;
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
 * The Daftar Calon Memenuhi Syarat of an election as a PDF, for its koperasi's secretariat, DKUMPP officers of the
 * region and the system admin: {@code GET /api/v1/elections/42/candidates.pdf}. Everyone else gets 404, as for
 * an election that does not exist. It names people, so it is never cached.
 */
@Path("v1/elections")
@RequestScoped
@Tag(name = "Elections", description = "The candidate list of a koperasi's board election")
public class CandidateListDownloads {

    @Inject
    private NominationService nominations;

    @Inject
    private CurrentUser currentUser;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("{id: [0-9]+}/candidates.pdf")
    @Operation(summary = "The eligible candidates per position with certificate numbers and QR codes (PDF, Bahasa Indonesia)")
    public Response candidates(@PathParam("id") long electionId) {
        Optional<Actor> actor = currentUser.actor();
        if (actor.isEmpty()) {
            return Downloads.error(request, Response.Status.UNAUTHORIZED, "nomination.pdf.loggedOut");
        }
        try {
            CandidateList list = nominations.candidates(actor.get(), electionId);
            return Downloads.file(CandidateListPdf.bytes(list, Downloads.publicBase(request)), Downloads.PDF,
                    "daftar-calon-" + list.election().date() + ".pdf");
        } catch (NotFoundException | AccessDeniedException e) {
            return Downloads.error(request, Response.Status.NOT_FOUND, "nomination.election.notFound");
        }
    }
}
