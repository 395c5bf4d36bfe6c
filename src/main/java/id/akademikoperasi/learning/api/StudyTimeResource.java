package id.akademikoperasi.learning.api;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.shared.api.SameOrigin;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * The lesson reader's beacon: seconds a member's browser had the lesson open and visible. Only from the app's own
 * pages (the session cookie is SameSite=Lax, and a cross-site Origin is refused as well); 204 whatever happened to
 * the figure, so the beacon never retries.
 */
@Path("v1/learning/time")
@RequestScoped
@Tag(name = "Learning", description = "Used by the app's own lesson reader")
public class StudyTimeResource {

    @Inject
    private LearningService learning;

    @Inject
    private CurrentUser currentUser;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Time spent on an open lesson (the app's lesson reader sends it)")
    public Response spent(@FormParam("kode") String code, @FormParam("no") int lessonNo, @FormParam("seconds") int seconds) {
        Optional<Actor> actor = currentUser.actor();
        if (actor.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        if (!SameOrigin.holdsFor(request)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        learning.spend(actor.get(), code, lessonNo, seconds);
        return Response.noContent().build();
    }
}
