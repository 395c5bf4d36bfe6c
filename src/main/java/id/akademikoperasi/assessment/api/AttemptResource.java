package id.akademikoperasi.assessment.api;

import id.akademikoperasi.assessment.application.AnswerInput;
import id.akademikoperasi.assessment.application.ExamService;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.api.ErrorBody;
import id.akademikoperasi.shared.api.SameOrigin;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.web.LocaleView;
import id.akademikoperasi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The exam page's own saves: each answer is sent the moment it is given, and the hand-in. A small JSON request
 * instead of a Faces postback, so a save costs one row lock and one row, not the restore of a whole exam view.
 * Only the attempt's own member, from the app's own pages (JSON needs a CORS preflight this app never grants, and a
 * foreign Origin is refused as well). Errors carry a stable code and a message in the member's language.
 */
@Path("v1/attempts/{attempt}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exams", description = "Used by the app's own exam page")
public class AttemptResource {

    @Inject
    private ExamService exams;

    @Inject
    private CurrentUser currentUser;

    @Context
    private HttpServletRequest request;

    /** What a save answers: the slot and when it was stored. */
    public record Saved(int slot, Instant savedAt) {
    }

    /** What a hand-in answers: the grade, and the page that shows it. */
    public record Graded(BigDecimal percent, boolean passed, String result) {
    }

    @PUT
    @Path("answers/{slot}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the answer to one question of an open attempt (the app's exam page sends it)")
    public Response save(@PathParam("attempt") long attemptId, @PathParam("slot") int slot, AnswerInput input) {
        return guarded(actor -> {
            if (input == null) {
                throw new InvalidInputException(Problem.of(null, "assessment.answer.invalid"));
            }
            return Response.ok(new Saved(slot, exams.save(actor, attemptId, slot, input))).build();
        });
    }

    @POST
    @Path("submission")
    @Operation(summary = "Hand in an attempt; a second hand-in returns the same grade")
    public Response submit(@PathParam("attempt") long attemptId) {
        return guarded(actor -> {
            ExamService.Grade graded = exams.handIn(actor, attemptId, locale());
            return Response.ok(new Graded(graded.percent(), graded.passed(),
                    request.getContextPath() + "/learn/attempt?id=" + graded.attemptId())).build();
        });
    }

    private Response guarded(Function<Actor, Response> call) {
        Optional<Actor> actor = currentUser.actor();
        if (actor.isEmpty()) {
            return error(Response.Status.UNAUTHORIZED, "assessment.attempt.loggedOut");
        }
        if (!SameOrigin.holdsFor(request)) {
            return error(Response.Status.FORBIDDEN, "assessment.attempt.foreign");
        }
        try {
            return call.apply(actor.get());
        } catch (NotFoundException e) {
            return error(Response.Status.NOT_FOUND, "assessment.attempt.notFound");
        } catch (InvalidInputException e) {
            Problem problem = e.problems().getFirst();
            Response.Status status = problem.messageKey().equals("assessment.attempt.closed")
                    ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
            return Response.status(status).entity(new ErrorBody(problem.messageKey(),
                    Messages.text(locale(), problem.messageKey(), problem.arguments().toArray()))).build();
        }
    }

    private Response error(Response.Status status, String key) {
        return Response.status(status).entity(new ErrorBody(key, Messages.text(locale(), key))).build();
    }

    private Locale locale() {
        return LocaleView.of(request);
    }
}
