package id.akademikoperasi.learning.api;

import id.akademikoperasi.shared.api.Downloads;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.SessionExports;
import id.akademikoperasi.learning.infrastructure.SessionCalendar;
import id.akademikoperasi.learning.infrastructure.SignInSheetPdf;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.web.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files of face-to-face sessions: the sign-in sheet an organiser prints, and the calendar of the sessions a
 * member registered for. Both carry names of people, so they are never cached; both come in the requester's
 * language. Plain GET links from the app's pages: nothing changes, so no origin check is needed.
 */
@Path("v1/sessions")
@RequestScoped
@Tag(name = "Sessions", description = "Downloads linked from the app's session pages")
public class SessionDownloads {

    static final MediaType PDF = new MediaType("application", "pdf");
    static final MediaType CALENDAR = new MediaType("text", "calendar", "utf-8");

    @Inject
    private SessionExports exports;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("{id: [0-9]+}/sign-in-sheet.pdf")
    @Operation(summary = "The sign-in sheet of a session (PDF), for its organisers")
    public Response signInSheet(@PathParam("id") long sessionId) {
        return guarded(actor -> {
            byte[] pdf = SignInSheetPdf.bytes(exports.signInSheet(actor, sessionId), locale());
            StructuredLog.event("learning.signInSheetPrinted", "by", actor.accountId(), "session", sessionId);
            return Downloads.file(pdf, Downloads.PDF, "daftar-hadir-" + sessionId + ".pdf");
        });
    }

    @GET
    @Path("mine.ics")
    @Operation(summary = "The logged-in member's registered and waitlisted sessions (iCalendar)")
    public Response myCalendar() {
        return guarded(actor -> Downloads.file(SessionCalendar.write(exports.calendarOf(actor), locale(), clock.instant()),
                CALENDAR, "sesi-saya.ics"));
    }

    private Response guarded(Function<Actor, Response> call) {
        Optional<Actor> actor = currentUser.actor();
        if (actor.isEmpty()) {
            return Downloads.error(request, Response.Status.UNAUTHORIZED, "learning.download.loggedOut");
        }
        try {
            return call.apply(actor.get());
        } catch (AccessDeniedException e) {
            return Downloads.error(request, Response.Status.FORBIDDEN, "learning.sheet.forbidden");
        } catch (NotFoundException e) {
            return Downloads.error(request, Response.Status.NOT_FOUND, "learning.session.notFound");
        }
    }

    private Locale locale() {
        return LocaleView.of(request);
    }
}
