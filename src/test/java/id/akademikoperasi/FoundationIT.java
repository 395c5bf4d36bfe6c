package id.akademikoperasi;

import id.akademikoperasi.identity.application.AccountAdministration;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.identity.application.LoginThrottle;
import id.akademikoperasi.identity.application.MemberDirectory;
import id.akademikoperasi.identity.application.MemberRow;
import id.akademikoperasi.identity.application.RegistrationRequest;
import id.akademikoperasi.identity.application.RegistrationService;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.identity.domain.Nik;
import id.akademikoperasi.identity.infrastructure.NikProtector;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.application.RegionImporter;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.infrastructure.WilayahData;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.Db;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation on Payara Micro against a real MariaDB that started empty: migrations, registration with the
 * NIK encrypted at rest, refusals that write nothing, object-level access, login throttling, region loading.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    private static final String GUNTUNG = "64.74.01.1004";
    private static final String BONTANG_KUALA = "64.74.01.1001";
    private static final Actor SYSTEM_ADMIN = new Actor(1_000_000, "test admin", Set.of(Grant.of(Role.SYSADMIN)));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    RegistrationService registration;
    @Inject
    AccountAdministration administration;
    @Inject
    AccountDirectory accounts;
    @Inject
    MemberDirectory members;
    @Inject
    RegionDirectory regions;
    @Inject
    RegionImporter importer;
    @Inject
    LoginThrottle throttle;
    @Inject
    id.akademikoperasi.organisation.application.MembershipService memberships;
    @Inject
    NikProtector nikProtector;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Db db() {
        return new Db(dataSource);
    }

    private static RegistrationRequest member(String name, String email, String nik, LocalDate born, String kelurahan) {
        return new RegistrationRequest(name, email, null, "Sembako#Guntung9", "Sembako#Guntung9", nik, born, kelurahan);
    }

    @Test
    void migrationsBuildTheSchemaAndLoadKotaBontang() {
        assertEquals(0, db().count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"));
        assertTrue(db().count("SELECT COUNT(*) FROM flyway_schema_history WHERE version IN ('001', '002')") == 2);
        assertEquals(3, db().count("SELECT COUNT(*) FROM org_region WHERE parent_code = '64.74'"));
        assertEquals(15, db().count("SELECT COUNT(*) FROM org_region WHERE code LIKE '64.74.%' AND level = 'KELURAHAN_DESA'"));
        assertEquals(15, db().count("SELECT COUNT(*) FROM org_koperasi WHERE region_code LIKE '64.74.%'"));
        assertEquals("Koperasi Kelurahan Merah Putih Guntung",
                db().string("SELECT name FROM org_koperasi WHERE region_code = ?", GUNTUNG));
        assertEquals(List.of("Bontang Barat", "Bontang Selatan", "Bontang Utara"),
                regions.children(RegionCode.of("64.74")).stream().map(r -> r.name()).toList());
    }

    @Test
    void registrationStoresTheNikEncryptedAndJoinsTheKoperasi() {
        String nik = "6474015203950011";
        AccountId id = registration.register(member("Siti Rahmawati", "siti.rahmawati@example.id", nik,
                LocalDate.of(1995, 3, 12), GUNTUNG));

        byte[] stored = db().bytes("SELECT nik_cipher FROM idn_account WHERE id = ?", id.value());
        assertNotNull(stored);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(nik), "NIK must not be stored in clear");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(nik.substring(4, 12)));
        assertEquals(nik, nikProtector.reveal(stored).digits());
        assertArrayEquals(nikProtector.lookupHash(Nik.parse(nik)),
                db().bytes("SELECT nik_hash FROM idn_account WHERE id = ?", id.value()));
        assertTrue(db().string("SELECT password_hash FROM idn_account WHERE id = ?", id.value()).startsWith("PBKDF2WithHmacSHA512:210000:"));
        assertEquals(GUNTUNG, db().string("""
                SELECT k.region_code FROM org_membership m JOIN org_koperasi k ON k.id = m.koperasi_id
                WHERE m.account_id = ?""", id.value()));
        assertEquals(Set.of(Role.MEMBER), accounts.byId(id).orElseThrow().roles());
    }

    @Test
    void duplicateNikOrEmailIsRefusedAndWritesNothing() {
        registration.register(member("Budi Santoso", "budi.santoso@example.id", "6474011004880021",
                LocalDate.of(1988, 4, 10), GUNTUNG));
        long accountsBefore = db().count("SELECT COUNT(*) FROM idn_account");
        long membershipsBefore = db().count("SELECT COUNT(*) FROM org_membership");

        InvalidInputException sameNik = assertThrows(InvalidInputException.class, () -> registration.register(
                member("Budi Santoso", "budi.lain@example.id", "6474011004880021", LocalDate.of(1988, 4, 10), GUNTUNG)));
        assertTrue(sameNik.hasProblem("identity.nik.taken"), sameNik.getMessage());

        InvalidInputException sameEmail = assertThrows(InvalidInputException.class, () -> registration.register(
                member("Budi Lain", "BUDI.SANTOSO@example.id", "6474011104880022", LocalDate.of(1988, 4, 11), GUNTUNG)));
        assertTrue(sameEmail.hasProblem("identity.email.taken"), sameEmail.getMessage());

        assertEquals(accountsBefore, db().count("SELECT COUNT(*) FROM idn_account"));
        assertEquals(membershipsBefore, db().count("SELECT COUNT(*) FROM org_membership"));
    }

    @Test
    void invalidRegistrationNamesEveryProblemAndWritesNothing() {
        long accountsBefore = db().count("SELECT COUNT(*) FROM idn_account");
        RegistrationRequest bad = new RegistrationRequest("<script>alert(1)</script>", "not-an-email", "0812",
                "password123", "password124", "1234", LocalDate.now().minusYears(16), "64.74.09.9999");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> registration.register(bad));
        Set<String> keys = e.problems().stream().map(Problem::messageKey).collect(Collectors.toSet());
        assertEquals(Set.of("identity.name.characters", "identity.email.invalid", "identity.phone.invalid",
                "identity.password.common", "identity.password.mismatch", "identity.nik.shape",
                "identity.birthDate.underage", "identity.kelurahan.unknown"), keys);

        InvalidInputException overlong = assertThrows(InvalidInputException.class, () -> registration.register(
                member("A".repeat(101), "panjang@example.id", "6474011505900031", LocalDate.of(1990, 5, 15), GUNTUNG)));
        assertTrue(overlong.hasProblem("identity.name.tooLong"));

        InvalidInputException mismatch = assertThrows(InvalidInputException.class, () -> registration.register(
                member("Dewi Lestari", "dewi.l@example.id", "6474015505900031", LocalDate.of(1991, 5, 15), GUNTUNG)));
        assertTrue(mismatch.hasProblem("identity.nik.birthDateMismatch"));

        assertEquals(accountsBefore, db().count("SELECT COUNT(*) FROM idn_account"));
    }

    @Test
    void aKoperasiAdminSeesOnlyTheirOwnKoperasi() {
        AccountId ratna = registration.register(member("Ratna Sari", "ratna.sari@example.id", "6474015607920041", LocalDate.of(1992, 7, 16), GUNTUNG));
        AccountId yusuf = registration.register(member("Yusuf Hidayat", "yusuf.h@example.id", "6474011708930051", LocalDate.of(1993, 8, 17), BONTANG_KUALA));
        AccountId adminId = administration.createStaff(SYSTEM_ADMIN, "Sekretariat Guntung", "sekretariat.it@example.id",
                null, "Pasar#Pagi2026x", Role.COOP_ADMIN, GUNTUNG);
        Actor coopAdmin = accounts.actor(adminId).orElseThrow();

        KoperasiId guntung = KoperasiId.of(regions.koperasiOfVillage(RegionCode.of(GUNTUNG)).orElseThrow().id());
        KoperasiId bontangKuala = KoperasiId.of(regions.koperasiOfVillage(RegionCode.of(BONTANG_KUALA)).orElseThrow().id());

        List<MemberRow> own = members.page(coopAdmin, guntung, "Ratna Sari", 0, 20);
        assertEquals(1, own.size());
        assertEquals("6474********0041", own.get(0).maskedNik());

        assertThrows(AccessDeniedException.class, () -> members.page(coopAdmin, bontangKuala, "", 0, 20));
        assertThrows(AccessDeniedException.class, () -> members.count(coopAdmin, bontangKuala, ""));
        Actor plainMember = new Actor(42, "member", Set.of(Grant.of(Role.MEMBER, GUNTUNG)));
        assertThrows(AccessDeniedException.class, () -> members.page(plainMember, guntung, "", 0, 20));

        // managing: the secretariat ends and reinstates memberships of its own koperasi only
        memberships.setActive(coopAdmin, ratna.value(), false);
        assertEquals("ENDED", db().string("SELECT status FROM org_membership WHERE account_id = ?", ratna.value()));
        memberships.setActive(coopAdmin, ratna.value(), true);
        assertEquals("ACTIVE", db().string("SELECT status FROM org_membership WHERE account_id = ?", ratna.value()));
        assertThrows(AccessDeniedException.class, () -> memberships.setActive(coopAdmin, yusuf.value(), false));
        assertEquals("ACTIVE", db().string("SELECT status FROM org_membership WHERE account_id = ?", yusuf.value()));
    }

    @Test
    void repeatedFailedLoginsLockTheLoginUntilItExpiresOrSucceeds() {
        String login = "lockme@example.id";
        for (int i = 1; i < 5; i++) {
            assertTrue(throttle.recordFailure(login).isEmpty(), "failure " + i + " must not lock yet");
        }
        assertTrue(throttle.lockedUntil(login).isEmpty());
        assertTrue(throttle.recordFailure(login).isPresent(), "the fifth failure locks");
        assertTrue(throttle.lockedUntil(login).isPresent());
        assertTrue(throttle.lockedUntil("LockMe@Example.id ").isPresent(), "the lock is per login, case-insensitive");
        assertTrue(throttle.lockedUntil("someone.else@example.id").isEmpty());
        throttle.recordSuccess(login);
        assertTrue(throttle.lockedUntil(login).isEmpty());
    }

    @Test
    void loadingAProvinceAddsItsRegionsAndOneKoperasiPerVillageOnce() {
        long expectedRegions = WilayahData.read(code -> code.isWithin(RegionCode.of("65"))).size();
        long expectedVillages = WilayahData.read(code -> code.isWithin(RegionCode.of("65"))
                && code.level() == id.akademikoperasi.organisation.domain.RegionLevel.KELURAHAN_DESA).size();
        RegionImporter.Result first = importer.load(SYSTEM_ADMIN, "65");
        assertEquals(expectedRegions, first.regionsAdded());
        assertEquals(expectedVillages, first.koperasiAdded());
        assertEquals(expectedVillages, db().count("SELECT COUNT(*) FROM org_koperasi WHERE region_code LIKE '65.%'"));
        // the dashboards count them with the load: one per koperasi, summed per city, each with the default board
        String koperasiCounted = "SELECT COALESCE(SUM(n), 0) FROM rpt_tally WHERE grain = ? AND metric = 'koperasi' AND region_code LIKE '65%'";
        assertEquals(expectedVillages, db().count(koperasiCounted, "D"));
        assertEquals(expectedVillages, db().count(koperasiCounted, "K"));
        assertEquals(9 * expectedVillages, db().count("SELECT SUM(n) FROM rpt_tally WHERE grain = 'K' AND metric = 'seats' "
                + "AND region_code LIKE '65%'"), "5 pengurus, 3 pengawas, 1 manajer each");
        RegionImporter.Result again = importer.load(SYSTEM_ADMIN, "65");
        assertEquals(new RegionImporter.Result(0, 0), again);
        assertEquals(expectedVillages, db().count(koperasiCounted, "K"), "a second load counts nothing twice");
        Actor notAdmin = new Actor(7, "verifier", Set.of(Grant.of(Role.VERIFIER, "64.74")));
        assertThrows(AccessDeniedException.class, () -> importer.load(notAdmin, "64"));
    }
}
