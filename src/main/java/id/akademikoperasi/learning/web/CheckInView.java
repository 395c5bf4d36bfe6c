package id.akademikoperasi.learning.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.TrainingSessions;
import id.akademikoperasi.learning.domain.session.AttendanceStatus;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * {@code /learn/check-in}: the member confirms their presence with the code on the trainer's screen. Scanning the QR
 * code opens this page with the session and the code filled in (one tap); typing the six digits works as well.
 */
@Named
@ViewScoped
public class CheckInView implements Serializable {

    @Inject
    private transient TrainingSessions sessions;

    @Inject
    private transient CurrentUser currentUser;

    private Long sesi;
    private String kode;
    private AttendanceStatus done;

    public void checkIn() {
        try {
            done = sessions.checkIn(currentUser.require(), sesi, kode);
            Messages.info(done == AttendanceStatus.LATE ? "learning.checkIn.late" : "learning.checkIn.done");
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("code", "checkIn:code"));
        } catch (NotFoundException e) {
            Messages.error(e.messageKey());
        }
    }

    public Long getSesi() { return sesi; }
    public void setSesi(Long sesi) { this.sesi = sesi; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
    public AttendanceStatus getDone() { return done; }
}
