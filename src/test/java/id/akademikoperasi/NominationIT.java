package id.akademikoperasi;

import id.akademikoperasi.certification.application.CertificateRegistry;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.nomination.application.ElectionViews.NominationLine;
import id.akademikoperasi.nomination.application.NominationService;
import id.akademikoperasi.nomination.domain.Failure;
import id.akademikoperasi.nomination.domain.Nomination;
import id.akademikoperasi.nomination.domain.Position;
import id.akademikoperasi.nomination.domain.Rule;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.Db;
import id.akademikoperasi.testsupport.incontainer.Guntung;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nominations against the real rules and tables (issue 7): the secretariat of Guntung plans an election a month
 * ahead; a member whose certificate ends the day before the meeting is refused and the refusal is stored with its
 * reason; an accepted nomination turns ineligible, with notices, when DKUMPP revokes its certificate; and the
 * secretariat of another koperasi cannot nominate here. Demo members +6281255000024..26 live in Guntung and are
 * used by no other test.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NominationIT {

    static final String SECRETARIAT = Guntung.SECRETARIAT;
    static final String OFFICER = Guntung.OFFICER;
    static final String PLACE = "Aula Uji Nominasi Guntung";
    static final String EXPIRING = "+6281255000024";
    static final String REVOKED = "+6281255000025";
    static final String THIRD = "+6281255000026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    NominationService nominations;
    @Inject
    CertificateRegistry registry;
    @Inject
    AccountDirectory accounts;
    @Inject
    Guntung fixture;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private long election() {
        return fixture.election(PLACE, fixture.inDays(30), 2, 3, 1);
    }

    /** A Calon Pengurus certificate, issued 400 days ago and ending at noon of the given day. */
    private long certificate(String phone, String number, LocalDate lastDay) {
        return fixture.certificate(phone, "CALON_PENGURUS", number, Instant.now().minus(400, ChronoUnit.DAYS),
                lastDay.atTime(12, 0).atZone(Guntung.WITA).toInstant());
    }

    @Test
    @Order(1)
    void aMemberWhoseCertificateEndsTheDayBeforeTheElectionIsRefusedAndTheRefusalIsStored() {
        long election = election();
        Db db = new Db(dataSource);
        certificate(EXPIRING, "AK/6474/2026/976001", fixture.inDays(30).minusDays(1));
        long account = accounts.byLogin(EXPIRING).orElseThrow().id().value();
        long auditBefore = db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.refused'");

        NominationLine n = nominations.nominate(fixture.actor(SECRETARIAT), election, account, Position.KETUA);

        assertEquals(Nomination.Status.REFUSED, n.status());
        assertEquals(List.of(Failure.of(Rule.CERTIFICATE_EXPIRES, "AK/6474/2026/976001",
                fixture.inDays(30).minusDays(1).toString())), n.failures());
        assertEquals("REFUSED", db.string("SELECT status FROM nom_nomination WHERE id = ?", n.id()));
        assertTrue(db.string("SELECT reasons FROM nom_nomination WHERE id = ?", n.id()).contains("CERTIFICATE_EXPIRES"));
        assertEquals(null, db.string("SELECT certificate_id FROM nom_nomination WHERE id = ?", n.id()));
        assertEquals(auditBefore + 1, db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.refused'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM aud_entry WHERE subject = ?", "nomination:" + n.id()));
        assertTrue(nominations.candidates(fixture.actor(SECRETARIAT), election).positions().stream()
                .allMatch(p -> p.candidates().stream().noneMatch(c -> c.accountId() == account)));
    }

    @Test
    @Order(2)
    void revokingTheCertificateAfterwardsTurnsTheNominationIneligibleAndTellsBoth() {
        long election = election();
        Db db = new Db(dataSource);
        long certificate = certificate(REVOKED, "AK/6474/2026/976002", fixture.inDays(30).plusYears(2));
        long account = accounts.byLogin(REVOKED).orElseThrow().id().value();

        NominationLine n = nominations.nominate(fixture.actor(SECRETARIAT), election, account, Position.SEKRETARIS);
        assertEquals(Nomination.Status.ACCEPTED, n.status(), n.failures().toString());
        assertEquals("AK/6474/2026/976002", n.certificateNumber());
        assertTrue(nominations.candidates(fixture.actor(SECRETARIAT), election).positions().stream()
                .anyMatch(p -> p.position() == Position.SEKRETARIS && p.candidates().stream().anyMatch(c -> c.id() == n.id())));

        registry.revoke(fixture.actor(OFFICER), certificate, "Pernyataan tidak benar (uji nominasi)");

        assertEquals("INELIGIBLE", db.string("SELECT status FROM nom_nomination WHERE id = ?", n.id()));
        assertTrue(db.string("SELECT reasons FROM nom_nomination WHERE id = ?", n.id()).contains("CERTIFICATE_REVOKED"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.ineligible' AND subject = ?",
                "nomination:" + n.id()));
        assertEquals(1, nominations.noticesForMember(fixture.actor(REVOKED)).size());
        assertTrue(nominations.noticesForKoperasi(fixture.actor(SECRETARIAT), fixture.koperasi()).stream()
                .anyMatch(x -> x.args().contains("AK/6474/2026/976002")));
        assertTrue(nominations.candidates(fixture.actor(SECRETARIAT), election).positions().stream()
                .allMatch(p -> p.candidates().stream().noneMatch(c -> c.id() == n.id())));
    }

    @Test
    @Order(3)
    void theSecretariatOfAnotherKoperasiCannotNominateHere() {
        long election = election();
        Db db = new Db(dataSource);
        Actor kuala = fixture.kualaSecretariat();
        long account = accounts.byLogin(THIRD).orElseThrow().id().value();
        long before = db.count("SELECT COUNT(*) FROM nom_nomination WHERE election_id = ?", election);
        long auditBefore = db.count("SELECT COUNT(*) FROM aud_entry");

        assertThrows(AccessDeniedException.class,
                () -> nominations.nominate(kuala, election, account, Position.PENGAWAS));
        assertThrows(AccessDeniedException.class, () -> nominations.candidates(kuala, election));

        assertEquals(before, db.count("SELECT COUNT(*) FROM nom_nomination WHERE election_id = ?", election));
        assertEquals(auditBefore, db.count("SELECT COUNT(*) FROM aud_entry"));
    }

    /** A candidate who holds a second valid qualifying certificate stays on the list when the first is revoked. */
    @Test
    @Order(5)
    void revokingOneOfTwoQualifyingCertificatesKeepsTheNominationOnTheOther() {
        long election = election();
        Db db = new Db(dataSource);
        long first = certificate(THIRD, "AK/6474/2026/976003", fixture.inDays(30).plusYears(1));
        certificate(THIRD, "AK/6474/2026/976004", fixture.inDays(30).plusYears(2));
        long account = fixture.accountId(THIRD);
        NominationLine n = nominations.nominate(fixture.actor(SECRETARIAT), election, account, Position.BENDAHARA);
        assertEquals(Nomination.Status.ACCEPTED, n.status(), n.failures().toString());
        assertEquals("AK/6474/2026/976004", n.certificateNumber(), "the one valid the longest");
        long other = db.count("SELECT id FROM crt_certificate WHERE number = 'AK/6474/2026/976004'");

        registry.revoke(fixture.actor(OFFICER), other, "Pernyataan tidak benar (uji dua sertifikat)");

        assertEquals("ACCEPTED", db.string("SELECT status FROM nom_nomination WHERE id = ?", n.id()));
        assertEquals(first, db.count("SELECT certificate_id FROM nom_nomination WHERE id = ?", n.id()));
        assertEquals("AK/6474/2026/976003", db.string("SELECT certificate_number FROM nom_nomination WHERE id = ?", n.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.certificateReplaced' AND subject = ?",
                "nomination:" + n.id()));
        assertTrue(nominations.noticesForMember(fixture.actor(THIRD)).isEmpty(), "nothing to tell: still on the list");

        registry.revoke(fixture.actor(OFFICER), first, "Pernyataan tidak benar (uji dua sertifikat)");
        assertEquals("INELIGIBLE", db.string("SELECT status FROM nom_nomination WHERE id = ?", n.id()));
        assertTrue(db.string("SELECT reasons FROM nom_nomination WHERE id = ?", n.id()).contains("CERTIFICATE_REVOKED"));
    }

    @jakarta.inject.Inject
    id.akademikoperasi.reporting.application.Dashboards dashboards;

    /** The office's readiness for a koperasi counts the seats of its next election, not the default board. */
    @Test
    @Order(4)
    void boardReadinessIsMeasuredAgainstTheSeatsOfTheNextElection() {
        election();   // 5 named pengurus offices + 2 further, 3 pengawas, 1 manajer
        String kelurahan = new Db(dataSource).string("SELECT region_code FROM nom_election WHERE place = ?", PLACE);
        var readiness = dashboards.at(fixture.actor(OFFICER), kelurahan, java.util.Locale.of("id")).readiness();
        assertEquals(7, readiness.positions().get("PENGURUS").seats());
        assertEquals(3, readiness.positions().get("PENGAWAS").seats());
        assertEquals(1, readiness.positions().get("MANAJER").seats());
    }
}
