package id.akademikoperasi.certification.application;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.certification.domain.Scheme;
import id.akademikoperasi.certification.domain.SchemeTerms;
import id.akademikoperasi.shared.audit.application.AuditLog;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.domain.Problems;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The system admin's certification schemes: list them all (inactive ones too), define a new one, revise one, take
 * one out of use or back. Only the system admin may.
 *
 * <pre>{@code
 * SchemeRow row = schemes.find(admin, "CALON_PENGAWAS");
 * schemes.revise(admin, "CALON_PENGAWAS", row.version(), newTerms);   // refused if someone saved in between
 * }</pre>
 *
 * A change only affects what is asked from now on: each application froze the requirements and evidence of its day
 * and each certificate the scheme's names, so a scheme may be revised while applications are open.
 */
@ApplicationScoped
public class SchemeAdministration {

    /** A scheme as the admin's page lists and edits it; {@code version} is what a revision is checked against. */
    public record SchemeRow(String code, long version, boolean active, SchemeTerms terms) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private CatalogService catalog;

    /** Every scheme, active or not, by code. */
    public List<SchemeRow> list(Actor admin) {
        admin.require(Role.SYSADMIN);
        return em.createQuery("SELECT s FROM Scheme s ORDER BY s.code", Scheme.class).getResultList().stream()
                .map(SchemeAdministration::row).toList();
    }

    /** @throws NotFoundException when there is no scheme with this code */
    public SchemeRow find(Actor admin, String code) {
        admin.require(Role.SYSADMIN);
        return row(scheme(code));
    }

    /** The courses a scheme may ask for: those the catalog has published, titled in the reader's language. */
    public List<CourseCard> publishedCourses(Actor admin, Locale locale) {
        admin.require(Role.SYSADMIN);
        return catalog.search(null, null, locale).stream()
                .sorted(java.util.Comparator.comparing(CourseCard::code)).toList();
    }

    /**
     * Defines a new scheme; it is offered to members at once when {@code active}.
     *
     * @throws InvalidInputException naming each wrong field (a taken code, a course the catalog has not published
     *                               among them); nothing is written
     */
    @Transactional
    public void create(Actor admin, String code, SchemeTerms terms, boolean active) {
        admin.require(Role.SYSADMIN);
        Problems problems = new Problems();
        if (code == null || !Scheme.CODE.matcher(code).matches()) {
            problems.add("code", "certification.scheme.code.invalid");
        } else if (em.find(Scheme.class, code) != null) {
            problems.add("code", "certification.scheme.code.taken");
        }
        checkTerms(problems, terms);
        problems.throwIfAny();
        Scheme scheme = Scheme.define(code, terms);
        if (!active) {
            scheme.deactivate();
        }
        em.persist(scheme);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // another admin saved the same code a moment ago
            throw new InvalidInputException(Problem.of("code", "certification.scheme.code.taken"));
        }
        Map<String, Object> details = facts(SchemeTerms.of(scheme));
        details.put("active", active);
        audit.record("certification.schemeCreated", admin.accountId(), "scheme:" + code, details);
        StructuredLog.event("certification.scheme.created", "by", admin.accountId(), "scheme", code,
                "active", active, "courses", String.join(",", scheme.courses()));
    }

    /**
     * Gives the scheme new terms, if nobody saved it since the form was filled in ({@code expectedVersion}).
     *
     * @throws InvalidInputException naming each wrong field, or without a field when the scheme was changed in the
     *                               meantime ({@code certification.scheme.changedMeanwhile}); nothing is written
     */
    @Transactional
    public void revise(Actor admin, String code, long expectedVersion, SchemeTerms terms) {
        admin.require(Role.SYSADMIN);
        Scheme scheme = scheme(code);
        if (scheme.version() != expectedVersion) {
            throw changedMeanwhile();
        }
        Problems problems = new Problems();
        checkTerms(problems, terms);
        problems.throwIfAny();
        SchemeTerms before = SchemeTerms.of(scheme);
        scheme.revise(terms);
        // the version moves even when only the course list or declarations changed, so a form filled in against
        // the old list cannot overwrite the new one
        em.lock(scheme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush();
        // the terms decide every later application (two officers, validity, waiting time): what changed is audited
        Map<String, Object> details = facts(SchemeTerms.of(scheme));
        details.put("changed", changes(before, SchemeTerms.of(scheme)));
        details.put("version", scheme.version());
        audit.record("certification.schemeRevised", admin.accountId(), "scheme:" + code, details);
        StructuredLog.event("certification.scheme.revised", "by", admin.accountId(), "scheme", code,
                "version", scheme.version(), "changed", changes(before, SchemeTerms.of(scheme)));
    }

    /** Offers the scheme to members again. */
    @Transactional
    public void activate(Actor admin, String code) {
        admin.require(Role.SYSADMIN);
        Scheme scheme = scheme(code);
        scheme.activate();
        flush();
        audit.record("certification.schemeActivated", admin.accountId(), "scheme:" + code, null);
        StructuredLog.event("certification.scheme.activated", "by", admin.accountId(), "scheme", code);
    }

    /**
     * Takes the scheme out of the members' checklists; nobody can apply for it. Open applications are still decided
     * and certificates issued under it stay valid.
     */
    @Transactional
    public void deactivate(Actor admin, String code) {
        admin.require(Role.SYSADMIN);
        Scheme scheme = scheme(code);
        scheme.deactivate();
        flush();
        audit.record("certification.schemeDeactivated", admin.accountId(), "scheme:" + code, null);
        StructuredLog.event("certification.scheme.deactivated", "by", admin.accountId(), "scheme", code);
    }

    /** The domain's rules, plus the one only the catalog can answer: every course is published. */
    private void checkTerms(Problems problems, SchemeTerms terms) {
        Scheme.check(terms).forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments().toArray()));
        if (terms != null && terms.courses() != null) {
            Set<String> published = catalog.search(null, null, null).stream().map(CourseCard::code)
                    .collect(Collectors.toSet());
            terms.courses().stream().filter(c -> c != null && !c.isBlank() && !published.contains(c)).distinct()
                    .forEach(c -> problems.add("courses", "certification.scheme.courses.unknown", c));
        }
    }

    private Scheme scheme(String code) {
        Scheme scheme = code == null ? null : em.find(Scheme.class, code);
        if (scheme == null) {
            throw new NotFoundException("certification.scheme.notFound");
        }
        return scheme;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        }
    }

    private static InvalidInputException changedMeanwhile() {
        return new InvalidInputException(Problem.of(null, "certification.scheme.changedMeanwhile"));
    }

    private static SchemeRow row(Scheme s) {
        return new SchemeRow(s.code(), s.version(), s.isActive(), SchemeTerms.of(s));
    }

    /** The names of the terms that changed, for the log: values could be long names. */
    /** The terms as facts for the audit chain. */
    private static Map<String, Object> facts(SchemeTerms t) {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("nameId", t.nameId());
        facts.put("nameEn", t.nameEn());
        facts.put("positions", t.positions());
        facts.put("courses", t.courses());
        facts.put("minExamPercent", t.minExamPercent());
        facts.put("minAttendancePercent", t.minAttendancePercent());
        facts.put("declarations", t.declarations().stream().map(Enum::name).sorted().toList());
        facts.put("validityMonths", t.validityMonths());
        facts.put("recertWindowMonths", t.recertWindowMonths());
        facts.put("twoOfficerApproval", t.twoOfficerApproval());
        facts.put("reapplyWaitDays", t.reapplyWaitDays());
        return facts;
    }

    private static String changes(SchemeTerms a, SchemeTerms b) {
        StringBuilder changed = new StringBuilder();
        for (var component : SchemeTerms.class.getRecordComponents()) {
            try {
                Object x = component.getAccessor().invoke(a);
                Object y = component.getAccessor().invoke(b);
                if (!java.util.Objects.equals(x, y)) {
                    changed.append(changed.isEmpty() ? "" : ",").append(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed.toString();
    }
}
