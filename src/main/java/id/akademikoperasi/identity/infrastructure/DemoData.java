package id.akademikoperasi.identity.infrastructure;

import id.akademikoperasi.identity.domain.Account;
import id.akademikoperasi.identity.domain.Nik;
import id.akademikoperasi.organisation.application.MembershipService;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo accounts for every role, and members in a few kelurahan of Bontang, so that `mvn -Prun package` shows a
 * living app. Written once (it checks for the admin account); never enabled in production.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "Koperasi#2026";
    public static final String DOMAIN = "@demo.akademikoperasi.id";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final List<String> GIVEN = List.of("Siti", "Ahmad", "Dewi", "Budi", "Nur", "Rahmat", "Sri", "Agus",
            "Fitri", "Hendra", "Wahyuni", "Yusuf", "Rina", "Andi", "Lestari", "Muhammad", "Ayu", "Irfan", "Ratna", "Joko");
    private static final List<String> FAMILY = List.of("Aminah", "Saputra", "Wulandari", "Santoso", "Hidayat",
            "Rahman", "Handayani", "Pratama", "Sari", "Gunawan", "Kurniawan", "Lubis", "Nasution", "Daeng", "Setiawan");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private NikProtector nikProtector;

    @Inject
    private RegionDirectory regions;

    @Inject
    private MembershipService memberships;

    @Inject
    private Clock clock;

    @Transactional
    public void loadOnce() {
        if (!em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", "admin" + DOMAIN)
                .getResultList().isEmpty()) {
            return;
        }
        // one hash for every demo account: they share the documented demo password
        String hash = hasher.hash(PASSWORD);
        staff("Admin Sistem", "admin", hash, Role.SYSADMIN, "");
        staff("Rina Wulandari", "verifikator", hash, Role.VERIFIER, "64.74");
        staff("Hendra Gunawan", "pelatih", hash, Role.TRAINER, "");
        staff("Sekretariat Koperasi Guntung", "sekretariat.guntung", hash, Role.COOP_ADMIN, "64.74.01.1004");

        member("Siti Aminah", "anggota" + DOMAIN, null, hash, LocalDate.of(1990, 3, 12), true, "64.74.01.1004", 1);
        String[] villages = {"64.74.01.1004", "64.74.01.1004", "64.74.01.1004", "64.74.01.1001", "64.74.02.1001", "64.74.03.1003"};
        for (int i = 0; i < 48; i++) {
            String name = GIVEN.get(i % GIVEN.size()) + " " + FAMILY.get((i * 7 + 3) % FAMILY.size());
            boolean female = i % 2 == 0;
            LocalDate born = LocalDate.of(1965 + (i * 3) % 40, 1 + i % 12, 1 + (i * 5) % 28);
            String phone = String.format("+62812%08d", 55000000 + i);
            member(name, null, phone, hash, born, female, villages[i % villages.length], i + 2);
        }
        LOG.info("Demo data loaded: 4 staff accounts and 49 members (password " + PASSWORD + ")");
    }

    private void staff(String name, String login, String hash, Role role, String scope) {
        Account account = Account.createStaff(name, login + DOMAIN, null, hash, clock.instant());
        account.grant(role, scope);
        em.persist(account);
    }

    private void member(String name, String email, String phone, String hash, LocalDate born, boolean female,
                        String kelurahan, int serial) {
        int day = born.getDayOfMonth() + (female ? 40 : 0);
        String digits = kelurahan.substring(0, 8).replace(".", "")
                + String.format("%02d%02d%02d%04d", day, born.getMonthValue(), born.getYear() % 100, serial);
        Nik nik = Nik.parse(digits);
        Account account = Account.registerMember(name, email, phone, hash, nikProtector.protect(nik), born, kelurahan,
                clock.instant());
        em.persist(account);
        em.flush();
        KoperasiId koperasi = KoperasiId.of(regions.koperasiOfVillage(RegionCode.of(kelurahan)).orElseThrow().id());
        memberships.join(account.id().value(), koperasi);
    }
}
