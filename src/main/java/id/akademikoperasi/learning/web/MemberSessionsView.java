package id.akademikoperasi.learning.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.TrainingSessions;
import id.akademikoperasi.learning.application.TrainingSessions.RateLine;
import id.akademikoperasi.learning.application.TrainingSessions.Registration;
import id.akademikoperasi.learning.application.TrainingSessions.SessionRow;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /member/sessions}: the face-to-face sessions for the member's koperasi, with a seat to take or give back,
 * their attendance so far per course or scheme, and the link to add the sessions to their phone's calendar.
 */
@Named
@ViewScoped
public class MemberSessionsView implements Serializable {

    @Inject
    private transient TrainingSessions sessions;

    @Inject
    private transient CurrentUser currentUser;

    private List<SessionRow> upcoming = List.of();
    private List<RateLine> rates = List.of();

    public void load() {
        upcoming = sessions.upcomingFor(currentUser.require());
        rates = sessions.ratesFor(currentUser.require());
    }

    public void register(long sessionId) {
        try {
            Registration r = sessions.register(currentUser.require(), sessionId);
            Messages.info(r == Registration.WAITLISTED ? "learning.registration.waitlisted" : "learning.registration.done");
        } catch (InvalidInputException e) {
            Messages.error(e.problems().getFirst().messageKey());
        } catch (NotFoundException e) {
            Messages.error(e.messageKey());
        }
        load();
    }

    public void unregister(long sessionId) {
        sessions.unregister(currentUser.require(), sessionId);
        Messages.info("learning.registration.withdrawn");
        load();
    }

    public List<SessionRow> getUpcoming() { return upcoming; }
    public List<RateLine> getRates() { return rates; }
}
