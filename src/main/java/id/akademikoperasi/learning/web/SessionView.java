package id.akademikoperasi.learning.web;

import id.akademikoperasi.shared.api.Downloads;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.TrainingSessions;
import id.akademikoperasi.learning.application.TrainingSessions.AttendanceLine;
import id.akademikoperasi.learning.application.TrainingSessions.ChangeLine;
import id.akademikoperasi.learning.application.TrainingSessions.CheckInScreen;
import id.akademikoperasi.learning.application.TrainingSessions.SessionRow;
import id.akademikoperasi.learning.domain.session.AttendanceStatus;
import id.akademikoperasi.learning.infrastructure.QrSvg;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /organise/session?id=…} (the session, its invited members with registration and attendance, corrections by
 * hand with a reason and their history) and {@code /organise/check-in?id=…} (the rotating code as a QR code and six
 * digits, refreshed every few seconds, with who is present so far).
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

    @Inject
    private transient TrainingSessions sessions;

    @Inject
    private transient CurrentUser currentUser;

    private Long id;
    private SessionRow session;
    private List<AttendanceLine> attendance = List.of();
    private CheckInScreen screen;

    private Long member;
    private String status = AttendanceStatus.PRESENT.name();
    private String how = TrainingSessions.How.MANUAL.name();
    private String reason;
    private List<ChangeLine> history = List.of();
    private String cancelReason;

    public void load() throws IOException {
        try {
            session = id == null ? null : sessions.session(currentUser.require(), id);
        } catch (NotFoundException | AccessDeniedException e) {
            session = null;
        }
        if (session == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "session");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        attendance = sessions.attendance(currentUser.require(), id);
    }

    public void loadScreen() throws IOException {
        load();
        if (session != null) {
            refresh();
        }
    }

    /** The check-in screen's poll: the code of this moment and who has checked in. */
    public void refresh() {
        screen = sessions.checkInScreen(currentUser.require(), id);
    }

    public String getQr() {
        return screen == null ? "" : QrSvg.of(checkInUrl());
    }

    /**
     * What the QR code holds: the member's check-in page with this session and code filled in. The configured public
     * address when there is one (behind a load balancer the request names an internal host), else the address the
     * trainer's browser used (a demo on a local network).
     */
    public String checkInUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String base = Downloads.publicBase((HttpServletRequest) external.getRequest());
        return base + "/learn/check-in?sesi=" + id + "&kode=" + screen.code();
    }

    public void mark() {
        try {
            sessions.mark(currentUser.require(), id, member == null ? 0 : member,
                    status == null ? null : AttendanceStatus.valueOf(status), TrainingSessions.How.valueOf(how), reason);
            Messages.info("learning.attendance.saved");
            reason = null;
            attendance = sessions.attendance(currentUser.require(), id);
            showHistory();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("status", "mark:status", "reason", "mark:reason", "member", "mark:member"));
        }
    }

    public void cancel() {
        try {
            sessions.cancel(currentUser.require(), id, cancelReason);
            Messages.info("learning.session.cancelledDone");
            session = sessions.session(currentUser.require(), id);
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("reason", "cancel:cancelReason"));
        }
    }

    public void showHistory() {
        history = member == null ? List.of() : sessions.history(currentUser.require(), id, member);
    }

    public AttendanceStatus[] getStatuses() { return AttendanceStatus.values(); }
    public SessionRow getSession() { return session; }
    public List<AttendanceLine> getAttendance() { return attendance; }
    public CheckInScreen getScreen() { return screen; }
    public long getPresentCount() { return attendance.stream().filter(l -> l.status() != null && l.status().attended()).count(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getMember() { return member; }
    public void setMember(Long member) { this.member = member; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getHow() { return how; }
    public void setHow(String how) { this.how = how; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<ChangeLine> getHistory() { return history; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
