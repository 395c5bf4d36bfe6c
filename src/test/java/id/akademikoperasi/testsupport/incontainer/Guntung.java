package id.akademikoperasi.testsupport.incontainer;

import id.akademikoperasi.identity.application.AccountAdministration;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.identity.infrastructure.DemoData;
import id.akademikoperasi.nomination.application.NominationService;
import id.akademikoperasi.nomination.domain.ElectionKind;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The koperasi of Guntung (64.74.01.1004) as the nomination tests need it, inside the container: its secretariat,
 * an election found by its place or planned, certificates as DKUMPP's approval leaves them, and the secretariat of
 * Bontang Kuala next door for the "another koperasi" checks.
 *
 * <pre>{@code
 * long election = guntung.election("Aula Uji", guntung.inDays(30), 2, 3, 1);
 * guntung.certificate("+6281255000024", "CALON_PENGURUS", "AK/6474/2026/976001", issued, validUntil);
 * }</pre>
 */
@ApplicationScoped
public class Guntung {

    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final String REGION = "64.74.01.1004";
    public static final String SECRETARIAT = "sekretariat.guntung" + DemoData.DOMAIN;
    public static final String OFFICER = "verifikator" + DemoData.DOMAIN;
    public static final String ADMIN = "admin" + DemoData.DOMAIN;
    public static final String KUALA_SECRETARIAT = "sekretariat.kuala@it.akademikoperasi.id";

    @Inject
    NominationService nominations;
    @Inject
    AccountDirectory accounts;
    @Inject
    AccountAdministration administration;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    public Actor actor(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    public long accountId(String login) {
        return accounts.byLogin(login).orElseThrow().id().value();
    }

    public String displayName(String login) {
        return accounts.byLogin(login).orElseThrow().displayName();
    }

    public Actor secretariat() {
        return actor(SECRETARIAT);
    }

    /** The koperasi's id. */
    public long koperasi() {
        return nominations.managedBy(secretariat()).getFirst().id();
    }

    /** A day counted from today in Bontang. */
    public LocalDate inDays(int days) {
        return LocalDate.now(WITA).plusDays(days);
    }

    /** The Musyawarah Kelurahan Khusus held at {@code place}, planned with these seats unless it already is. */
    public long election(String place, LocalDate date, int furtherPengurus, int pengawas, int manajer) {
        String id = new Db(dataSource).string("SELECT id FROM nom_election WHERE place = ?", place);
        if (id != null) {
            return Long.parseLong(id);
        }
        return nominations.plan(secretariat(), koperasi(), ElectionKind.MUSYAWARAH_KELURAHAN_KHUSUS, date, place,
                furtherPengurus, pengawas, manajer);
    }

    /**
     * A VALID certificate of the scheme with its approved application, as DKUMPP's approval leaves them; a Calon
     * Pengurus application signed every declaration. Nothing is written when the number exists. Returns its id.
     */
    public long certificate(String phone, String scheme, String number, Instant issued, Instant validUntil) {
        Db db = new Db(dataSource);
        String existing = db.string("SELECT id FROM crt_certificate WHERE number = ?", number);
        if (existing != null) {
            return Long.parseLong(existing);
        }
        long account = accountId(phone);
        long officer = accountId(OFFICER);
        boolean pengurus = scheme.equals("CALON_PENGURUS");
        db.update("INSERT INTO crt_application (account_id, scheme_code, koperasi_id, region_code, status, submitted_at, "
                        + "declarations, snapshot, decided_by, decided_at) VALUES (?, ?, ?, ?, 'APPROVED', ?, ?, '{}', ?, ?)",
                account, scheme, koperasi(), REGION, Timestamp.from(issued),
                pengurus ? "DATA_TRUE,NOT_PERANGKAT,NO_KINSHIP" : "DATA_TRUE", officer, Timestamp.from(issued));
        long application = Long.parseLong(db.string("SELECT MAX(id) FROM crt_application WHERE account_id = ?", account));
        db.update("INSERT INTO crt_certificate (number, verification_code, application_id, account_id, scheme_code, "
                        + "holder_name, koperasi_name, issued_at, valid_until, issued_by, status, snapshot, scheme_name_id, "
                        + "scheme_name_en, issued_by_name, region_code) SELECT ?, ?, ?, ?, ?, x.display_name, "
                        + "'Koperasi Kelurahan Merah Putih Guntung', ?, ?, ?, 'VALID', '{}', ?, ?, 'Rina Wulandari', ? "
                        + "FROM idn_account x WHERE x.id = ?",
                number, "FIX" + number.replaceAll("\\D", ""), application, account, scheme, Timestamp.from(issued),
                Timestamp.from(validUntil), officer, pengurus ? "Calon Pengurus" : "Calon Pengawas",
                pengurus ? "Board Candidate" : "Supervisor Candidate", REGION, account);
        return Long.parseLong(db.string("SELECT id FROM crt_certificate WHERE number = ?", number));
    }

    /** The secretariat of Bontang Kuala, another koperasi of the same kecamatan (created on first use). */
    public Actor kualaSecretariat() {
        if (accounts.byLogin(KUALA_SECRETARIAT).isEmpty()) {
            administration.createStaff(actor(ADMIN), "Sekretariat Bontang Kuala", KUALA_SECRETARIAT, null,
                    DemoData.PASSWORD, Role.COOP_ADMIN, "64.74.01.1001");
        }
        return actor(KUALA_SECRETARIAT);
    }
}
