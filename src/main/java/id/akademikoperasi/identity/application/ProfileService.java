package id.akademikoperasi.identity.application;

import id.akademikoperasi.identity.domain.Account;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.identity.domain.ContactDetails;
import id.akademikoperasi.identity.infrastructure.NikProtector;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.MembershipService;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.Membership;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** A person's own profile. Only ever their own: the actor is the subject. */
@ApplicationScoped
public class ProfileService {

    @Inject
    private AccountDirectory accounts;

    @Inject
    private MembershipService memberships;

    @Inject
    private RegionDirectory regions;

    @Inject
    private NikProtector nikProtector;

    public Profile own(Actor actor) {
        Account account = accounts.byId(AccountId.of(actor.accountId()))
                .orElseThrow(() -> new NotFoundException("identity.account.notFound"));
        Optional<Membership> membership = memberships.membershipOf(actor.accountId());
        KoperasiView koperasi = membership.flatMap(m -> regions.koperasi(m.koperasiId())).orElse(null);
        byte[] nik = account.nikCipher();
        return new Profile(actor.accountId(), account.displayName(), account.email(),
                ContactDetails.maskPhone(account.phone()), nik == null ? null : nikProtector.reveal(nik).masked(),
                account.birthDate(), account.roles().stream().map(Enum::name).sorted().toList(), koperasi,
                membership.map(Membership::joinedAt).orElse(null));
    }
}
