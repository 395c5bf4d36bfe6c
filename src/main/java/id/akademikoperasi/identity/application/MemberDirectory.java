package id.akademikoperasi.identity.application;

import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.identity.domain.ContactDetails;
import id.akademikoperasi.identity.infrastructure.NikProtector;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of one koperasi, for its secretariat (COOP_ADMIN of that kelurahan), the DKUMPP officers of the
 * region and the system admin — and nobody else: the check is here, not only on the page.
 *
 * <pre>{@code
 * long total = members.count(actor, koperasiId, "siti");
 * List<MemberRow> page = members.page(actor, koperasiId, "siti", 0, 20);
 * }</pre>
 */
@ApplicationScoped
public class MemberDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegionDirectory regions;

    @Inject
    private NikProtector nikProtector;

    public long count(Actor actor, KoperasiId koperasi, String search) {
        authorise(actor, koperasi);
        Object count = em.createNativeQuery("""
                SELECT COUNT(*) FROM org_membership m JOIN idn_account a ON a.id = m.account_id
                WHERE m.koperasi_id = ?1 AND (?2 = '' OR a.display_name LIKE ?3)""")
                .setParameter(1, koperasi.value()).setParameter(2, normal(search)).setParameter(3, SqlValues.contains(normal(search)))
                .getSingleResult();
        return ((Number) count).longValue();
    }

    public List<MemberRow> page(Actor actor, KoperasiId koperasi, String search, int first, int pageSize) {
        authorise(actor, koperasi);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.id, a.display_name, a.email, a.phone, a.nik_cipher, m.joined_at, m.status, a.status
                FROM org_membership m JOIN idn_account a ON a.id = m.account_id
                WHERE m.koperasi_id = ?1 AND (?2 = '' OR a.display_name LIKE ?3)
                ORDER BY a.display_name, a.id LIMIT ?4 OFFSET ?5""")
                .setParameter(1, koperasi.value()).setParameter(2, normal(search)).setParameter(3, SqlValues.contains(normal(search)))
                .setParameter(4, Math.min(Math.max(pageSize, 1), 100)).setParameter(5, Math.max(first, 0))
                .getResultList();
        List<MemberRow> page = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String contact = r[2] != null ? (String) r[2] : ContactDetails.maskPhone((String) r[3]);
            String nik = r[4] == null ? "" : nikProtector.reveal((byte[]) r[4]).masked();
            page.add(new MemberRow(((Number) r[0]).longValue(), (String) r[1], contact, nik,
                    ((Timestamp) r[5]).toInstant(), (String) r[6], (String) r[7]));
        }
        StructuredLog.event("nik.read.masked", "actor", actor.accountId(), "koperasi", koperasi.value(), "rows", page.size());
        return page;
    }

    /** The koperasi the actor manages as secretariat, first by region code. */
    public List<KoperasiView> managedBy(Actor actor) {
        return actor.scopesOf(Role.COOP_ADMIN).stream()
                .filter(scope -> !scope.isEmpty())
                .flatMap(scope -> regions.koperasiOfVillage(id.akademikoperasi.organisation.domain.RegionCode.of(scope)).stream())
                .toList();
    }

    private void authorise(Actor actor, KoperasiId koperasi) {
        KoperasiView view = regions.koperasi(koperasi).orElseThrow(() -> new NotFoundException("organisation.koperasi.notFound"));
        if (!actor.can(Role.COOP_ADMIN, view.kelurahanCode()) && !actor.can(Role.VERIFIER, view.kelurahanCode())) {
            StructuredLog.event("access.denied", "actor", actor.accountId(), "action", "members.list", "koperasi", koperasi.value());
            throw new id.akademikoperasi.shared.domain.AccessDeniedException(
                    "account " + actor.accountId() + " may not see the members of koperasi " + koperasi);
        }
    }

    private static String normal(String search) {
        return search == null ? "" : search.strip();
    }
}
