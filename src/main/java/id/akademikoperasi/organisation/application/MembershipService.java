package id.akademikoperasi.organisation.application;

import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.organisation.domain.Membership;
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

    /** Makes the account a member; called within the registration's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void join(long accountId, KoperasiId koperasi) {
        if (membershipOf(accountId).isPresent()) {
            throw new IllegalStateException("account " + accountId + " is already a member of a koperasi");
        }
        em.persist(Membership.join(accountId, koperasi, clock.instant()));
    }

    public Optional<Membership> membershipOf(long accountId) {
        return em.createNamedQuery("Membership.ofAccount", Membership.class)
                .setParameter("account", accountId)
                .getResultStream().findFirst();
    }
}
