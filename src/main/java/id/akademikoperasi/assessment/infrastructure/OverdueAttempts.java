package id.akademikoperasi.assessment.infrastructure;

import id.akademikoperasi.assessment.application.ExamService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, submits the attempts whose time ran out while nobody was looking (the member closed the tab). Each
 * instance of a cluster may run it: attempts are locked row by row and graded once.
 */
@Singleton
public class OverdueAttempts {

    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

    @Inject
    private ExamService exams;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    public void submitOverdue() {
        try {
            int submitted = exams.submitOverdue();
            if (submitted > 0) {
                LOG.info(() -> submitted + " overdue exam attempts submitted with their saved answers");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "submitting overdue attempts failed; the next run tries again", e);
        }
    }
}
