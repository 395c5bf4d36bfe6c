package id.akademikoperasi.organisation.application;

import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.organisation.domain.Membership;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Memberships of people in the koperasi of their kelurahan. Accounts are named by id only. */
@ApplicationScoped
public class MembershipService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RegionDirectory regions;

    @Inject
    private jakarta.enterprise.event.Event<MembershipChanged> changed;

    /** Makes the account a member; called within the registration's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void join(long accountId, KoperasiId koperasi) {
        if (membershipOf(accountId).isPresent()) {
            throw new IllegalStateException("account " + accountId + " is already a member of a koperasi");
        }
        em.persist(Membership.join(accountId, koperasi, clock.instant()));
        changed.fire(new MembershipChanged(accountId, koperasi.value(), 1));
    }

    /**
     * The koperasi secretariat ends a membership (the person moved away or resigned) or takes it back.
     * Only for members of a koperasi the actor administers; nothing changes when it already is so.
     */
    @Transactional
    public void setActive(Actor actor, long accountId, boolean active) {
        Membership membership = membershipOf(accountId)
                .orElseThrow(() -> new NotFoundException("organisation.membership.notFound"));
        String village = regions.koperasi(membership.koperasiId()).orElseThrow().kelurahanCode();
        actor.require(Role.COOP_ADMIN, village);
        if (membership.isActive() == active) {
            return;
        }
        if (active) {
            membership.reinstate(clock.instant());
        } else {
            membership.end(clock.instant());
        }
        changed.fire(new MembershipChanged(accountId, membership.koperasiId().value(), active ? 1 : -1));
        StructuredLog.event("coop.membership." + (active ? "reinstated" : "ended"), "actor", actor.accountId(),
                "account", accountId, "koperasi", membership.koperasiId().value());
    }

    /** The koperasi the account is an active member of, if any (sessions and certification ask this). */
    public Optional<KoperasiId> activeKoperasiOf(long accountId) {
        return membershipOf(accountId).filter(Membership::isActive).map(Membership::koperasiId);
    }

    public Optional<Membership> membershipOf(long accountId) {
        return em.createNamedQuery("Membership.ofAccount", Membership.class)
                .setParameter("account", accountId)
                .getResultStream().findFirst();
    }
}
