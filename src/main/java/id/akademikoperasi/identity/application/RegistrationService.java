package id.akademikoperasi.identity.application;

import id.akademikoperasi.identity.domain.Account;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.identity.domain.AgeRule;
import id.akademikoperasi.identity.domain.InvalidNikException;
import id.akademikoperasi.identity.domain.Nik;
import id.akademikoperasi.identity.domain.PasswordPolicy;
import id.akademikoperasi.identity.domain.PersonName;
import id.akademikoperasi.identity.infrastructure.NikProtector;
import id.akademikoperasi.identity.infrastructure.PasswordHasher;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.MembershipService;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.domain.RegionLevel;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.domain.Problems;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Registers a member: checks every field, then writes the account and the membership in the koperasi of the
 * chosen kelurahan in one transaction. Any problem throws {@link InvalidInputException} with all the problems
 * found, and nothing is written.
 *
 * <pre>{@code
 * AccountId id = registration.register(new RegistrationRequest("Siti Aminah", "siti@example.id", null,
 *         "Koperasi#2026", "Koperasi#2026", "6474014506990003", LocalDate.of(1999, 6, 5), "64.74.01.1004"));
 * }</pre>
 */
@ApplicationScoped
public class RegistrationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NikProtector nikProtector;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private RegionDirectory regions;

    @Inject
    private MembershipService memberships;

    @Inject
    private ContactCheck contactCheck;

    @Transactional
    public AccountId register(RegistrationRequest request) {
        Problems problems = new Problems();
        LocalDate today = LocalDate.now(clock);

        PersonName.Result name = PersonName.check(request.name());
        name.problem().ifPresent(key -> problems.add("name", key, PersonName.MAX_LENGTH));

        ContactCheck.Result contact = contactCheck.check(problems, request.email(), request.phone());

        AgeRule.check(request.birthDate(), today).ifPresent(key -> problems.add("birthDate", key, AgeRule.MINIMUM_AGE));

        Nik nik = null;
        try {
            nik = Nik.parse(request.nik());
            if (request.birthDate() != null && !nik.matchesBirthDate(request.birthDate())) {
                problems.add("nik", "identity.nik.birthDateMismatch");
            } else if (em.createNamedQuery("Account.countByNikHash", Long.class)
                    .setParameter("hash", nikProtector.lookupHash(nik)).getSingleResult() > 0) {
                problems.add("nik", "identity.nik.taken");
            }
        } catch (InvalidNikException e) {
            problems.add("nik", e.messageKey());
        }

        PasswordPolicy.check(request.password(), request.name(), request.email(), request.phone())
                .ifPresent(key -> problems.add("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        if (request.password() != null && !request.password().equals(request.passwordConfirmation())) {
            problems.add("passwordConfirmation", "identity.password.mismatch");
        }

        Optional<KoperasiView> koperasi = Optional.empty();
        String kelurahan = blankToNull(request.kelurahanCode());
        if (kelurahan == null) {
            problems.add("kelurahan", "identity.kelurahan.required");
        } else if (!RegionCode.isValid(kelurahan) || RegionCode.of(kelurahan).level() != RegionLevel.KELURAHAN_DESA) {
            problems.add("kelurahan", "identity.kelurahan.unknown");
        } else {
            koperasi = regions.koperasiOfVillage(RegionCode.of(kelurahan));
            if (koperasi.isEmpty()) {
                problems.add("kelurahan", "identity.kelurahan.unknown");
            }
        }
        problems.throwIfAny();

        Account account = Account.registerMember(name.name(), contact.email(), contact.phone(),
                passwordHasher.hash(request.password()), nikProtector.protect(nik), request.birthDate(), kelurahan,
                clock.instant());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException raced) {
            // another registration with the same NIK, e-mail or phone committed between our checks and this insert
            throw new InvalidInputException(Problem.of(null, "identity.registration.duplicate"));
        }
        memberships.join(account.id().value(), KoperasiId.of(koperasi.get().id()));
        StructuredLog.event("account.registered", "account", account.id().value(), "koperasi", koperasi.get().id());
        return account.id();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
