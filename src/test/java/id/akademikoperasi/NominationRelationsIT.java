package id.akademikoperasi;

import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.nomination.application.ElectionViews.NominationLine;
import id.akademikoperasi.nomination.application.NominationService;
import id.akademikoperasi.nomination.domain.Failure;
import id.akademikoperasi.nomination.domain.Kinship;
import id.akademikoperasi.nomination.domain.Nomination;
import id.akademikoperasi.nomination.domain.Position;
import id.akademikoperasi.nomination.domain.Rule;
import id.akademikoperasi.nomination.domain.VillageOfficial;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;
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
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the secretariat records for the nomination rules, against the real rules and tables: a recorded kinship pair
 * makes the second relative's nomination refused by the kinship rule and removing it lets the nomination through;
 * a member recorded as BPD is refused a pengurus seat but not a pengawas seat; a member cannot be their own
 * relative, a pair is not recorded twice in either order, only members of the koperasi are recorded; a relation or
 * a village office recorded after a nomination was accepted turns it ineligible and tells the secretariat and the
 * candidate; and the secretariat of another koperasi can neither read nor change any of it. Demo members +6281255000032, 36 and 37 live
 * in Guntung, +6281255000033 in Bontang Kuala; no other test uses them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NominationRelationsIT {

    static final String SECRETARIAT = Guntung.SECRETARIAT;
    static final String CHAIR = "+6281255000032";
    static final String RELATIVE = "+6281255000036";
    static final String BPD = "+6281255000037";
    static final String OF_KUALA = "+6281255000033";
    static final String PLACE = "Aula Uji Kekerabatan Guntung";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    NominationService nominations;
    @Inject
    AccountDirectory accounts;
    @Inject
    Guntung fixture;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private String status(long account, Position position) {
        return new Db(dataSource).string("SELECT status FROM nom_nomination WHERE election_id = ? AND account_id = ? "
                + "AND position = ? ORDER BY id DESC LIMIT 1", election(), account, position.name());
    }

    private List<Failure> failures(long account, Position position) {
        return nominations.election(fixture.actor(SECRETARIAT), election()).nominations().stream()
                .filter(n -> n.accountId() == account && n.position() == position)
                .reduce((a, b) -> b).orElseThrow().failures();
    }

    private long election() {
        return fixture.election(PLACE, fixture.inDays(30), 0, 3, 1);
    }

    /** A valid certificate of the scheme, issued 100 days ago for three years, unless the number exists. */
    private void certificate(String phone, String scheme, String number) {
        Instant issued = Instant.now().minus(100, ChronoUnit.DAYS);
        fixture.certificate(phone, scheme, number, issued, issued.plus(3 * 365, ChronoUnit.DAYS));
    }

    private static Problem refusal(Executable call) {
        List<Problem> problems = assertThrows(InvalidInputException.class, call).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.getFirst();
    }

    @Test
    @Order(1)
    void aRecordedPairRefusesTheSecondRelativeByTheKinshipRuleAndRemovingItLetsTheNominationThrough() {
        long election = election();
        Db db = new Db(dataSource);
        certificate(CHAIR, "CALON_PENGURUS", "AK/6474/2026/976201");
        certificate(RELATIVE, "CALON_PENGURUS", "AK/6474/2026/976202");
        long chair = fixture.accountId(CHAIR);
        long relative = fixture.accountId(RELATIVE);
        String chairName = accounts.byLogin(CHAIR).orElseThrow().displayName();

        NominationLine first = nominations.nominate(fixture.actor(SECRETARIAT), election, chair, Position.KETUA);
        assertEquals(Nomination.Status.ACCEPTED, first.status(), first.failures().toString());

        long recordedBefore = db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.kinshipRecorded'");
        nominations.recordKinship(fixture.actor(SECRETARIAT), fixture.koperasi(), relative, chair, Kinship.Relation.SPOUSE);
        assertEquals(recordedBefore + 1, db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.kinshipRecorded'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM nom_kinship WHERE koperasi_id = ? AND account_low = ? AND account_high = ?",
                fixture.koperasi(), Math.min(chair, relative), Math.max(chair, relative)));
        assertTrue(nominations.kinships(fixture.actor(SECRETARIAT), fixture.koperasi()).stream()
                .anyMatch(k -> k.relation() == Kinship.Relation.SPOUSE && List.of(k.accountA(), k.accountB()).containsAll(List.of(chair, relative))));

        NominationLine refused = nominations.nominate(fixture.actor(SECRETARIAT), election, relative, Position.SEKRETARIS);
        assertEquals(Nomination.Status.REFUSED, refused.status());
        assertEquals(List.of(Failure.of(Rule.KINSHIP, chairName)), refused.failures());

        long removedBefore = db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.kinshipRemoved'");
        nominations.removeKinship(fixture.actor(SECRETARIAT), fixture.koperasi(), chair, relative);   // named the other way round
        assertEquals(removedBefore + 1, db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.kinshipRemoved'"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM nom_kinship WHERE koperasi_id = ? AND ? IN (account_low, account_high)",
                fixture.koperasi(), relative));
        assertEquals("nomination.kinship.notFound",
                refusal(() -> nominations.removeKinship(fixture.actor(SECRETARIAT), fixture.koperasi(), chair, relative)).messageKey());

        NominationLine accepted = nominations.nominate(fixture.actor(SECRETARIAT), election, relative, Position.SEKRETARIS);
        assertEquals(Nomination.Status.ACCEPTED, accepted.status(), accepted.failures().toString());
    }

    @Test
    @Order(2)
    void aRecordedVillageOfficialIsRefusedAPengurusSeatButNotAPengawasSeat() {
        long election = election();
        Db db = new Db(dataSource);
        certificate(BPD, "CALON_PENGURUS", "AK/6474/2026/976203");
        certificate(BPD, "CALON_PENGAWAS", "AK/6474/2026/976204");
        long member = fixture.accountId(BPD);

        String recorded = "SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.officialRecorded'";
        String removed = "SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.officialRemoved'";
        long recordedBefore = db.count(recorded);
        long removedBefore = db.count(removed);

        nominations.recordVillageOfficial(fixture.actor(SECRETARIAT), fixture.koperasi(), member, VillageOfficial.Office.BPD);
        assertEquals("BPD", db.string("SELECT office FROM nom_village_official WHERE koperasi_id = ? AND account_id = ?",
                fixture.koperasi(), member));
        assertTrue(nominations.villageOfficials(fixture.actor(SECRETARIAT), fixture.koperasi()).stream()
                .anyMatch(v -> v.accountId() == member && v.office() == VillageOfficial.Office.BPD));
        assertEquals(recordedBefore + 1, db.count(recorded));

        NominationLine pengurus = nominations.nominate(fixture.actor(SECRETARIAT), election, member, Position.BENDAHARA);
        assertEquals(Nomination.Status.REFUSED, pengurus.status());
        assertEquals(List.of(Failure.of(Rule.PERANGKAT)), pengurus.failures());

        NominationLine pengawas = nominations.nominate(fixture.actor(SECRETARIAT), election, member, Position.PENGAWAS);
        assertEquals(Nomination.Status.ACCEPTED, pengawas.status(), pengawas.failures().toString());

        Problem twice = refusal(() -> nominations.recordVillageOfficial(fixture.actor(SECRETARIAT), fixture.koperasi(), member,
                VillageOfficial.Office.LURAH));
        assertEquals("member", twice.field());
        assertEquals("nomination.official.duplicate", twice.messageKey());

        nominations.removeVillageOfficial(fixture.actor(SECRETARIAT), fixture.koperasi(), member);
        assertEquals(0, db.count("SELECT COUNT(*) FROM nom_village_official WHERE koperasi_id = ? AND account_id = ?",
                fixture.koperasi(), member));
        assertEquals(removedBefore + 1, db.count(removed));
    }

    @Test
    @Order(3)
    void selfRelationsDuplicatesInEitherOrderAndStrangersAreRefusedAtTheFieldAndNothingIsWritten() {
        Db db = new Db(dataSource);
        long chair = fixture.accountId(CHAIR);
        long bpd = fixture.accountId(BPD);
        long ineligibleBefore = db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.ineligible'");
        nominations.recordKinship(fixture.actor(SECRETARIAT), fixture.koperasi(), chair, bpd, Kinship.Relation.SIBLING);
        // both were accepted: the later nomination (the pengawas of order 2) gives way, the chair's stands
        assertEquals("INELIGIBLE", status(bpd, Position.PENGAWAS));
        assertEquals(List.of(Failure.of(Rule.KINSHIP, accounts.byLogin(CHAIR).orElseThrow().displayName())),
                failures(bpd, Position.PENGAWAS));
        assertEquals("ACCEPTED", status(chair, Position.KETUA));
        assertEquals(ineligibleBefore + 1, db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'nomination.ineligible'"));
        assertEquals("nomination.notice.rejudged.coop", nominations.noticesForKoperasi(fixture.actor(SECRETARIAT), fixture.koperasi())
                .getFirst().messageKey());
        var told = nominations.noticesForMember(fixture.actor(BPD)).getFirst();
        assertEquals("nomination.notice.rejudged.member", told.messageKey());
        assertEquals(List.of(fixture.inDays(30).toString(), "PENGAWAS"), told.args().subList(0, 2));
        assertTrue(nominations.noticesForMember(fixture.actor(CHAIR)).stream()
                .noneMatch(n -> n.messageKey().startsWith("nomination.notice.rejudged")), "the chair is not told");
        long rows = db.count("SELECT COUNT(*) FROM nom_kinship") + db.count("SELECT COUNT(*) FROM nom_village_official");
        long audit = db.count("SELECT COUNT(*) FROM aud_entry");

        Problem self = refusal(() -> nominations.recordKinship(fixture.actor(SECRETARIAT), fixture.koperasi(), chair, chair,
                Kinship.Relation.PARENT_CHILD));
        assertEquals("second", self.field());
        assertEquals("nomination.kinship.self", self.messageKey());

        Problem again = refusal(() -> nominations.recordKinship(fixture.actor(SECRETARIAT), fixture.koperasi(), bpd, chair,
                Kinship.Relation.IN_LAW));
        assertEquals("second", again.field());
        assertEquals("nomination.kinship.duplicate", again.messageKey());

        Problem stranger = refusal(() -> nominations.recordKinship(fixture.actor(SECRETARIAT), fixture.koperasi(), chair, fixture.accountId(OF_KUALA),
                Kinship.Relation.SPOUSE));
        assertEquals("second", stranger.field());
        assertEquals("nomination.relations.notMember", stranger.messageKey());

        Problem noRelation = refusal(() -> nominations.recordKinship(fixture.actor(SECRETARIAT), fixture.koperasi(), chair, fixture.accountId(RELATIVE), null));
        assertEquals("relation", noRelation.field());
        assertEquals("nomination.kinship.relationMissing", noRelation.messageKey());

        Problem noOffice = refusal(() -> nominations.recordVillageOfficial(fixture.actor(SECRETARIAT), fixture.koperasi(), chair, null));
        assertEquals("office", noOffice.field());
        long nominationsBefore = db.count("SELECT COUNT(*) FROM nom_nomination");
        Problem notOurs = refusal(() -> nominations.nominate(fixture.actor(SECRETARIAT), election(), fixture.accountId(OF_KUALA),
                Position.PENGAWAS));
        assertEquals("candidate", notOurs.field());
        assertEquals("nomination.relations.notMember", notOurs.messageKey());
        assertEquals(nominationsBefore, db.count("SELECT COUNT(*) FROM nom_nomination"),
                "a member of another koperasi is neither judged nor stored");
        Problem outsider = refusal(() -> nominations.recordVillageOfficial(fixture.actor(SECRETARIAT), fixture.koperasi(), fixture.accountId(OF_KUALA),
                VillageOfficial.Office.LURAH));
        assertEquals("member", outsider.field());
        assertEquals("nomination.relations.notMember", outsider.messageKey());

        assertEquals(rows, db.count("SELECT COUNT(*) FROM nom_kinship") + db.count("SELECT COUNT(*) FROM nom_village_official"));
        assertEquals(audit, db.count("SELECT COUNT(*) FROM aud_entry"));
    }

    @Test
    @Order(4)
    void theSecretariatOfAnotherKoperasiCanNeitherReadNorChangeThem() {
        Db db = new Db(dataSource);
        Actor kuala = fixture.kualaSecretariat();
        long koperasi = fixture.koperasi();
        long chair = fixture.accountId(CHAIR);
        long bpd = fixture.accountId(BPD);
        long relative = fixture.accountId(RELATIVE);
        assertEquals("ACCEPTED", status(relative, Position.SEKRETARIS));
        nominations.recordVillageOfficial(fixture.actor(SECRETARIAT), koperasi, relative, VillageOfficial.Office.PERANGKAT);
        assertEquals("INELIGIBLE", status(relative, Position.SEKRETARIS), "a perangkat may not sit in the pengurus");
        assertEquals(List.of(Failure.of(Rule.PERANGKAT)), failures(relative, Position.SEKRETARIS));
        String kinship = "SELECT COUNT(*) FROM nom_kinship WHERE koperasi_id = ?";
        String officials = "SELECT COUNT(*) FROM nom_village_official WHERE koperasi_id = ?";
        long kinBefore = db.count(kinship, koperasi);
        long officialsBefore = db.count(officials, koperasi);
        long audit = db.count("SELECT COUNT(*) FROM aud_entry");

        assertThrows(AccessDeniedException.class, () -> nominations.kinships(kuala, koperasi));
        assertThrows(AccessDeniedException.class, () -> nominations.villageOfficials(kuala, koperasi));
        assertThrows(AccessDeniedException.class, () -> nominations.members(kuala, koperasi, ""));
        assertThrows(AccessDeniedException.class,
                () -> nominations.recordKinship(kuala, koperasi, relative, bpd, Kinship.Relation.SPOUSE));
        assertThrows(AccessDeniedException.class, () -> nominations.removeKinship(kuala, koperasi, chair, bpd));
        assertThrows(AccessDeniedException.class,
                () -> nominations.recordVillageOfficial(kuala, koperasi, chair, VillageOfficial.Office.LURAH));
        assertThrows(AccessDeniedException.class, () -> nominations.removeVillageOfficial(kuala, koperasi, relative));
        // nor does the member themself, who is no secretariat
        assertThrows(AccessDeniedException.class, () -> nominations.kinships(fixture.actor(CHAIR), koperasi));

        assertEquals(kinBefore, db.count(kinship, koperasi));
        assertEquals(officialsBefore, db.count(officials, koperasi));
        assertEquals(audit, db.count("SELECT COUNT(*) FROM aud_entry"));
        assertFalse(nominations.managedBy(kuala).stream().anyMatch(k -> k.id() == koperasi));
    }
}
