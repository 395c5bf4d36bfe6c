package id.akademikoperasi.shared.audit.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.audit.application.AuditLog;
import id.akademikoperasi.shared.audit.domain.Verification;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The system admin's audit page: verify the chain, and read recent entries filtered by type or subject. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Seconds matter in an audit log, and a sortable form reads the same in both languages. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockProducer.OFFICE_ZONE);

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentUser currentUser;

    private String typePrefix;
    private String subject;
    private Verification verification;
    private LazyDataModel<AuditLog.Line> entries;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, auditLog.count(currentUser.require(), typePrefix, subject));
            }

            @Override
            public List<AuditLog.Line> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return auditLog.recent(currentUser.require(), typePrefix, subject, first, pageSize);
            }

            @Override
            public String getRowKey(AuditLog.Line line) {
                return String.valueOf(line.seq());
            }
        };
    }

    public void verify() {
        verification = auditLog.verify(currentUser.require());
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public Verification.Intact getIntact() {
        return verification instanceof Verification.Intact ok ? ok : null;
    }

    public Verification.Broken getBroken() {
        return verification instanceof Verification.Broken broken ? broken : null;
    }

    public String getTypePrefix() { return typePrefix; }
    public void setTypePrefix(String typePrefix) { this.typePrefix = typePrefix; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public LazyDataModel<AuditLog.Line> getEntries() { return entries; }
}
