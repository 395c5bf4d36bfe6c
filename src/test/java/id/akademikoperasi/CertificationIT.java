package id.akademikoperasi;

import id.akademikoperasi.certification.application.CertificateExpiry;
import id.akademikoperasi.certification.application.CertificateRegistry;
import id.akademikoperasi.certification.application.CertificationDecisions;
import id.akademikoperasi.certification.application.CertificationDecisions.QueueFilter;
import id.akademikoperasi.certification.application.CertificationService;
import id.akademikoperasi.certification.application.CertificationService.Standing;
import id.akademikoperasi.certification.domain.Application;
import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.certification.domain.Declaration;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.AdjustableClock;
import id.akademikoperasi.testsupport.incontainer.AnswerKey;
import id.akademikoperasi.testsupport.incontainer.Db;
import id.akademikoperasi.testsupport.incontainer.RecordedEvents;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The life of a certificate after the first approval, on the real database with the application's clock moved
 * forward: DKUMPP asks and the member answers, a scheme that wants two officers, revocation, recertification within
 * the window, and the expiry job. Member +6281255000038 completes KOP-01..05 and goes for Calon Pengawas.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificationIT {

    static final Locale ID = Locale.of("id");
    static final String SCHEME = "CALON_PENGAWAS";
    static final String CANDIDATE = "+6281255000038";
    static final String NEIGHBOUR = "+6281255000039";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    CertificationService certification;
    @Inject
    CertificationDecisions decisions;
    @Inject
    CertificateRegistry registry;
    @Inject
    CertificateExpiry expiry;
    @Inject
    AccountDirectory accounts;
    @Inject
    AdjustableClock clock;
    @Inject
    java.time.Clock now;
    @Inject
    AnswerKey answerKey;
    @Inject
    RecordedEvents events;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Actor actor(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    private Actor officer() {
        return actor("verifikator@demo.akademikoperasi.id");
    }

    /** An officer of Kota Samarinda: same role, another city. */
    private Actor samarinda() {
        return new Actor(officer().accountId(), "Petugas Samarinda", Set.of(Grant.of(Role.VERIFIER, "64.72")));
    }

    private long applyForScheme(Actor member) {
        return certification.apply(member, SCHEME, Set.of(Declaration.DATA_TRUE), null, ID);
    }

    private Standing standing(Actor member) {
        return certification.checklists(member, ID).stream().filter(s -> s.code().equals(SCHEME)).findFirst()
                .orElseThrow().standing();
    }

    private long certificateOf(long applicationId) {
        return new Db(dataSource).count("SELECT id FROM crt_certificate WHERE application_id = ?", applicationId);
    }

    @Test
    @Order(1)
    void theOfficerAsksTheMemberAnswersAndTheQueueNarrowsByRegionAndWaitingTime() {
        Actor member = actor(CANDIDATE);
        for (String code : List.of("KOP-01", "KOP-02", "KOP-03", "KOP-04", "KOP-05")) {
            answerKey.complete(member, code);
        }
        long id = applyForScheme(member);
        String region = new Db(dataSource).string("SELECT region_code FROM crt_application WHERE id = ?", id);
        String kecamatan = region.substring(0, region.lastIndexOf('.'));

        assertTrue(ids(decisions.queue(officer(), new QueueFilter(kecamatan, SCHEME, null))).contains(id));
        assertTrue(ids(decisions.queue(officer(), new QueueFilter(region, null, null))).contains(id));
        String otherKecamatan = decisions.kecamatanOf(officer()).stream().map(r -> r.code())
                .filter(c -> !c.equals(kecamatan)).findFirst().orElseThrow();
        assertFalse(ids(decisions.queue(officer(), new QueueFilter(otherKecamatan, null, null))).contains(id));
        assertFalse(ids(decisions.queue(officer(), new QueueFilter(null, "MANAJER_UNIT_USAHA", null))).contains(id));
        assertFalse(ids(decisions.queue(officer(), new QueueFilter(null, null, 3))).contains(id), "waiting less than 3 days");
        assertTrue(decisions.kelurahanOf(officer(), kecamatan).stream().anyMatch(r -> r.code().equals(region)));

        assertTrue(assertThrows(InvalidInputException.class, () -> decisions.requestInfo(officer(), id, "  "))
                .hasProblem("certification.decision.questionRequired"));
        assertThrows(AccessDeniedException.class, () -> decisions.requestInfo(samarinda(), id, "Siapa Anda?"));
        assertEquals(Application.Status.SUBMITTED, certification.myApplications(member).getFirst().status(), "nothing written");

        decisions.requestInfo(officer(), id, "Mohon jelaskan pekerjaan Anda saat ini.");
        var mine = certification.myApplications(member).getFirst();
        assertEquals(Application.Status.INFO_REQUESTED, mine.status());
        assertEquals("Mohon jelaskan pekerjaan Anda saat ini.", mine.infoRequest());
        assertTrue(certification.questionWaiting(member), "the member's home shows the notice");
        assertFalse(certification.questionWaiting(actor(NEIGHBOUR)), "only to the member asked");
        assertThrows(NotFoundException.class, () -> certification.answerInfo(actor(NEIGHBOUR), id, "bukan urusan saya"),
                "another member meets an application that does not exist");
        assertTrue(assertThrows(InvalidInputException.class, () -> certification.answerInfo(member, id, ""))
                .hasProblem("certification.info.answerRequired"));

        certification.answerInfo(member, id, "Saya pedagang sembako di pasar kelurahan.");
        assertEquals(Application.Status.SUBMITTED, certification.myApplications(member).getFirst().status());
        assertFalse(certification.questionWaiting(member), "the notice goes once answered");
        var detail = decisions.detail(officer(), id);
        assertEquals("Mohon jelaskan pekerjaan Anda saat ini.", detail.infoRequest());
        assertEquals("Saya pedagang sembako di pasar kelurahan.", detail.infoReply());
        assertNotNull(detail.line().infoRepliedAt());
        assertNotNull(detail.record().memberSince(), "the member's record beside the frozen evidence");

        clock.advance(Duration.ofDays(4));
        assertTrue(ids(decisions.queue(officer(), new QueueFilter(null, null, 3))).contains(id), "now waiting 4 days");
    }

    @Test
    @Order(2)
    void aSchemeThatWantsTwoOfficersIssuesOnlyOnTheSecondDifferentApproval() {
        Db db = new Db(dataSource);
        Actor member = actor(CANDIDATE);
        long id = certification.myApplications(member).getFirst().id();
        db.update("UPDATE crt_scheme SET two_officer_approval = TRUE WHERE code = ?", SCHEME);
        try {
            var first = decisions.approve(officer(), id);
            assertFalse(first.issued());
            assertEquals(0, db.count("SELECT COUNT(*) FROM crt_certificate WHERE application_id = ?", id));
            assertTrue(assertThrows(InvalidInputException.class, () -> decisions.approve(officer(), id))
                    .hasProblem("certification.decision.secondOfficerRequired"));
            assertEquals("Rina Wulandari", decisions.queue(officer(), new QueueFilter(null, SCHEME, null)).stream()
                    .filter(l -> l.id() == id).findFirst().orElseThrow().firstApprover());
            assertNotNull(certification.myApplications(member).getFirst().firstApprovedAt());

            var second = decisions.approve(actor("admin@demo.akademikoperasi.id"), id);
            assertTrue(second.issued());
            assertTrue(second.certificateNumber().matches("AK/6474/\\d{4}/\\d{6}"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM crt_application WHERE id = ? AND status = 'APPROVED' "
                    + "AND first_approved_by = ? AND decided_by = ?", id, officer().accountId(),
                    actor("admin@demo.akademikoperasi.id").accountId()));
        } finally {
            db.update("UPDATE crt_scheme SET two_officer_approval = FALSE WHERE code = ?", SCHEME);
        }
        assertEquals(1, db.count("SELECT COUNT(*) FROM crt_certificate WHERE application_id = ? AND scheme_name_id = "
                + "'Calon Pengawas' AND issued_by_name = (SELECT display_name FROM idn_account WHERE id = ?)", id,
                actor("admin@demo.akademikoperasi.id").accountId()), "the names stand frozen on the certificate");
    }

    @Test
    @Order(3)
    void anOfficerOfTheRegionRevokesWithAReasonAndTheHolderReadsIt() {
        Db db = new Db(dataSource);
        Actor member = actor(CANDIDATE);
        var line = certification.myApplications(member).getFirst();
        long certificate = line.certificateId();
        int before = events.revoked().size();

        assertThrows(AccessDeniedException.class, () -> registry.revoke(samarinda(), certificate, "Alasan"));
        assertTrue(registry.search(samarinda(), null, line.certificateNumber()).isEmpty(), "another city sees nothing");
        assertTrue(assertThrows(InvalidInputException.class, () -> registry.revoke(officer(), certificate, " "))
                .hasProblem("certification.revoke.reasonRequired"));
        assertEquals("VALID", db.string("SELECT status FROM crt_certificate WHERE id = ?", certificate));

        registry.revoke(officer(), certificate, "Pernyataan data tidak benar");
        assertEquals("REVOKED", db.string("SELECT status FROM crt_certificate WHERE id = ?", certificate));
        var found = registry.search(officer(), null, line.certificateNumber());
        assertEquals(Certificate.PublicStatus.REVOKED, found.getFirst().status());
        assertEquals("Pernyataan data tidak benar", found.getFirst().revokeReason());
        var mine = certification.myApplications(member).getFirst();
        assertEquals(Certificate.PublicStatus.REVOKED, mine.certificateStatus());
        assertEquals("Pernyataan data tidak benar", mine.revokeReason());
        assertEquals(before + 1, events.revoked().size(), "whatever rests on it is told in the same transaction");
        assertEquals(line.certificateNumber(), events.revoked().getLast().number());
        assertTrue(assertThrows(InvalidInputException.class, () -> registry.revoke(officer(), certificate, "lagi"))
                .hasProblem("certification.revoke.alreadyRevoked"));
        assertEquals(Standing.Kind.FREE, standing(member).kind(), "a revoked certificate does not count");
    }

    @Test
    @Order(4)
    void recertificationWithinTheWindowIssuesALinkedCertificateAndTheOldOneExpires() {
        Db db = new Db(dataSource);
        Actor member = actor(CANDIDATE);
        long first = applyForScheme(member);
        assertTrue(decisions.approve(officer(), first).issued());
        long old = certificateOf(first);
        Standing certified = standing(member);
        assertEquals(Standing.Kind.CERTIFIED, certified.kind());
        assertTrue(assertThrows(InvalidInputException.class, () -> applyForScheme(member))
                .hasProblem("certification.apply.alreadyCertified"), "not before the window");

        clock.advance(Duration.ofDays(31 * 30));   // about 31 months: inside the 6-month window before the end
        assertEquals(Standing.Kind.RECERTIFY, standing(member).kind());
        long renewal = applyForScheme(member);
        assertEquals(old, db.count("SELECT renews_certificate_id FROM crt_application WHERE id = ?", renewal));
        assertEquals(db.string("SELECT number FROM crt_certificate WHERE id = ?", old),
                decisions.detail(officer(), renewal).renewsNumber());
        assertTrue(decisions.approve(officer(), renewal).issued());
        long renewed = certificateOf(renewal);
        assertEquals(old, db.count("SELECT renews_certificate_id FROM crt_certificate WHERE id = ?", renewed));

        expiry.expireDue(100);
        assertEquals("VALID", db.string("SELECT status FROM crt_certificate WHERE id = ?", old), "valid until its own end");
        clock.advance(Duration.ofDays(6 * 31));
        while (expiry.expireDue(100) > 0) {
            // every due certificate, in batches
        }
        assertEquals("EXPIRED", db.string("SELECT status FROM crt_certificate WHERE id = ?", old));
        assertEquals("VALID", db.string("SELECT status FROM crt_certificate WHERE id = ?", renewed));
        assertEquals(0, db.count("SELECT COUNT(*) FROM crt_certificate WHERE status = 'VALID' AND valid_until <= ?",
                Timestamp.from(now.instant())), "nothing due is left valid");
        assertEquals(0, expiry.expireDue(100), "a second run finds nothing");
        assertEquals(Standing.Kind.CERTIFIED, standing(member).kind(), "the renewed certificate carries on");
    }

    @Inject
    id.akademikoperasi.shared.audit.application.AuditLog audit;

    /** Each step above stands in the hash chain, written with its change, and the whole chain verifies. */
    @Test
    @Order(5)
    void everyApplicationDecisionRevocationExpiryAndReissueIsInTheAuditChain() {
        Db db = new Db(dataSource);
        Actor member = actor(CANDIDATE);
        var mine = certification.myApplications(member);   // newest first: renewal, second, first (revoked)
        long renewal = mine.get(0).id();
        long second = mine.get(1).id();
        long first = mine.get(2).id();
        String revokedNumber = mine.get(2).certificateNumber();
        String oldNumber = mine.get(1).certificateNumber();
        String renewedNumber = mine.get(0).certificateNumber();
        for (String type : List.of("certification.applied", "certification.infoRequested", "certification.infoAnswered",
                "certification.firstApproval", "certification.approved")) {
            assertEquals(1, audited(db, type, "application:" + first), type);
        }
        assertEquals(1, audited(db, "certification.issued", "certificate:" + revokedNumber));
        assertEquals(1, audited(db, "certification.revoked", "certificate:" + revokedNumber));
        assertEquals(1, audited(db, "certification.issued", "certificate:" + oldNumber));
        assertEquals(1, audited(db, "certification.applied", "application:" + renewal));
        assertEquals(1, audited(db, "certification.reissued", "certificate:" + renewedNumber));
        assertTrue(db.string("SELECT details FROM aud_entry WHERE type = 'certification.reissued' AND subject = ?",
                "certificate:" + renewedNumber).contains(oldNumber), "the reissue names the certificate it renews");
        assertEquals(1, audited(db, "certification.expired", "certificate:" + oldNumber));
        assertEquals(0, db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'certification.expired' AND subject = ? "
                + "AND actor_account_id IS NOT NULL", "certificate:" + oldNumber), "the job acts as the system");
        assertEquals(officer().accountId(), db.count("SELECT actor_account_id FROM aud_entry WHERE type = "
                + "'certification.revoked' AND subject = ?", "certificate:" + revokedNumber), "the officer's name stands on it");
        assertEquals(1, audited(db, "certification.approved", "application:" + second));
        // what officers typed stays in its record; the chain, which can never be erased, keeps only its fingerprint
        String reason = db.string("SELECT revoke_reason FROM crt_certificate WHERE number = ?", revokedNumber);
        String revocation = db.string("SELECT details FROM aud_entry WHERE type = 'certification.revoked' AND subject = ?",
                "certificate:" + revokedNumber);
        assertTrue(revocation.contains(id.akademikoperasi.shared.audit.application.AuditLog.fingerprint(reason)), revocation);
        assertFalse(revocation.contains(reason), revocation);
        String question = db.string("SELECT details FROM aud_entry WHERE type = 'certification.infoRequested' AND subject = ?",
                "application:" + first);
        assertFalse(question.contains("Mohon jelaskan"), question);
        assertTrue(audit.verify(actor("admin@demo.akademikoperasi.id")).intact());
    }

    @Inject
    id.akademikoperasi.catalog.application.CurriculumImporter importer;
    @Inject
    id.akademikoperasi.certification.application.SchemeAdministration schemes;
    @Inject
    id.akademikoperasi.learning.application.LearningService learning;

    /**
     * A course the scheme requires is republished (new title, new lesson text) after the member applied: the
     * application's evidence, the officer's view of it and the certificate keep the course as it was.
     */
    @Test
    @Order(6)
    void theSnapshotDoesNotChangeWhenACourseIsRepublished() throws Exception {
        Db db = new Db(dataSource);
        Actor admin = actor("admin@demo.akademikoperasi.id");
        Actor member = actor(NEIGHBOUR);
        publishCourse("Tata Kelola Lama", "Isi pertama.");
        String scheme = "IT_SNAPSHOT";
        if (db.count("SELECT COUNT(*) FROM crt_scheme WHERE code = ?", scheme) == 0) {
            schemes.create(admin, scheme, new id.akademikoperasi.certification.domain.SchemeTerms("Uji Snapshot",
                    "Snapshot Test", List.of("PENGAWAS"), List.of("KOP-CRT"), 70, null, Set.of(Declaration.DATA_TRUE),
                    36, 6, false, 30), true);
        }
        try {
            learning.enrol(member, "KOP-CRT");
            learning.markDone(member, "KOP-CRT", 1);
            learning.markDone(member, "KOP-CRT", 2);
            long id = certification.apply(member, scheme, Set.of(Declaration.DATA_TRUE), null, ID);
            String frozen = db.string("SELECT snapshot FROM crt_application WHERE id = ?", id);
            assertTrue(frozen.contains("Tata Kelola Lama"), frozen);

            publishCourse("Tata Kelola Baru", "Isi yang diperbarui.");
            assertEquals(2, db.count("SELECT MAX(v.number) FROM cat_course_version v JOIN cat_course c ON c.id = v.course_id "
                    + "WHERE c.code = 'KOP-CRT' AND v.published_at IS NOT NULL"), "republished as version 2");
            assertEquals("Tata Kelola Baru", certification.checklists(member, ID).stream().filter(c -> c.code().equals(scheme))
                    .findFirst().orElseThrow().courseTitles().get("KOP-CRT"), "the live checklist reads the new version");

            assertEquals(frozen, db.string("SELECT snapshot FROM crt_application WHERE id = ?", id));
            assertEquals("Tata Kelola Lama", decisions.detail(officer(), id).courses().getFirst().title());
            assertTrue(decisions.approve(officer(), id).issued());
            assertTrue(db.string("SELECT snapshot FROM crt_certificate WHERE application_id = ?", id).contains("Tata Kelola Lama"),
                    "the certificate keeps what it certified");
        } finally {
            schemes.deactivate(admin, scheme);   // other classes see only the programme's schemes
        }
    }

    /**
     * An officer's regions are part of the queue and register queries: 500 older applications and 200 newer
     * certificates of another kecamatan fill the pages' limits, and an officer of Bontang Barat still sees the one
     * application and certificate of their own kecamatan (a filter applied after the limit would hide them).
     */
    @Test
    @Order(7)
    void anOfficersOwnRegionIsNeverCrowdedOutByTheLimitOfTheQueueOrTheRegister() {
        Db db = new Db(dataSource);
        long account = actor(CANDIDATE).accountId();
        long crowdKoperasi = db.count("SELECT MIN(id) FROM org_koperasi WHERE region_code LIKE '64.74.01.%'");
        long ownKoperasi = db.count("SELECT MIN(id) FROM org_koperasi WHERE region_code LIKE '64.74.03.%'");
        String ownRegion = db.string("SELECT region_code FROM org_koperasi WHERE id = ?", ownKoperasi);
        String crowdRegion = db.string("SELECT region_code FROM org_koperasi WHERE id = ?", crowdKoperasi);
        String marker = "it-scope-" + System.nanoTime();
        Actor barat = new Actor(officer().accountId(), "Petugas Bontang Barat", Set.of(Grant.of(Role.VERIFIER, "64.74.03")));
        Actor selatan = new Actor(officer().accountId(), "Petugas Bontang Selatan", Set.of(Grant.of(Role.VERIFIER, "64.74.01")));
        try {
            db.update("""
                    INSERT INTO crt_application (account_id, scheme_code, koperasi_id, region_code, status, submitted_at,
                                                 declarations, snapshot, decision_note)
                    SELECT ?, ?, ?, ?, 'SUBMITTED', TIMESTAMP '2020-01-01 00:00:00' + INTERVAL seq SECOND, 'DATA_TRUE', '{}', ?
                    FROM seq_1_to_500""", account, SCHEME, crowdKoperasi, crowdRegion, marker);
            db.update("""
                    INSERT INTO crt_application (account_id, scheme_code, koperasi_id, region_code, status, submitted_at,
                                                 declarations, snapshot, decision_note)
                    VALUES (?, ?, ?, ?, 'SUBMITTED', TIMESTAMP '2020-06-01 00:00:00', 'DATA_TRUE', '{}', ?)""",
                    account, SCHEME, ownKoperasi, ownRegion, marker);
            long own = db.count("SELECT id FROM crt_application WHERE decision_note = ? AND region_code = ?", marker, ownRegion);
            // the own certificate first, so the 200 others are newer and come first in the register
            Timestamp until = Timestamp.valueOf("2030-01-01 00:00:00");
            certify(db, "IT/", until, "id = ?", own);
            certify(db, "IT/", until, "decision_note = ? AND region_code = ? ORDER BY id LIMIT 200", marker, crowdRegion);

            List<Long> seenByBarat = ids(decisions.queue(barat, QueueFilter.ALL));
            assertTrue(seenByBarat.contains(own), "Bontang Barat's application behind 500 older ones of Bontang Selatan");
            assertTrue(seenByBarat.stream().noneMatch(id -> id != own
                    && db.count("SELECT COUNT(*) FROM crt_application WHERE id = ? AND region_code LIKE '64.74.03.%'", id) == 0),
                    "nothing of another kecamatan");
            assertEquals(CertificationDecisions.QUEUE_LIMIT, decisions.queue(selatan, QueueFilter.ALL).size(),
                    "Bontang Selatan's queue stops at the limit");

            var register = registry.search(barat, null, null);
            assertTrue(register.stream().anyMatch(c -> c.number().equals("IT/" + own)),
                    "Bontang Barat's certificate behind 200 newer ones of Bontang Selatan");
            assertTrue(register.stream().noneMatch(c -> c.number().startsWith("IT/") && !c.number().equals("IT/" + own)));
            assertEquals(CertificateRegistry.SEARCH_LIMIT, registry.search(selatan, null, null).size());
        } finally {
            db.update("DELETE c FROM crt_certificate c JOIN crt_application a ON a.id = c.application_id WHERE a.decision_note = ?", marker);
            db.update("DELETE FROM crt_application WHERE decision_note = ?", marker);
        }
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    jakarta.enterprise.concurrent.ManagedExecutorService executor;
    @Inject
    id.akademikoperasi.reporting.application.TallyRebuild tallyRebuild;

    /**
     * Two instances run the expiry job at the same moment over 40 due certificates across Bontang while an officer
     * revokes a certificate of the same city: every due certificate is expired exactly once (one audit entry each),
     * the revocation goes through, and no one waits forever or is made a deadlock victim.
     */
    @Test
    @Order(8)
    void twoExpiryRunsAtOnceExpireEachCertificateOnceWhileARevocationGoesThrough() throws Exception {
        Db db = new Db(dataSource);
        String marker = "it-expiry-" + System.nanoTime();
        long account = actor(NEIGHBOUR).accountId();
        db.update("""
                INSERT INTO crt_application (account_id, scheme_code, koperasi_id, region_code, status, submitted_at,
                                             declarations, snapshot, decision_note)
                SELECT ?, ?, k.id, k.region_code, 'APPROVED', TIMESTAMP '2020-01-01 00:00:00', 'DATA_TRUE', '{}', ?
                FROM seq_1_to_41 s
                JOIN (SELECT id, region_code, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM org_koperasi
                      WHERE region_code LIKE '64.74.%') k
                  ON k.n = MOD(s.seq, (SELECT COUNT(*) FROM org_koperasi WHERE region_code LIKE '64.74.%'))""",
                account, SCHEME, marker);
        assertEquals(41, db.count("SELECT COUNT(*) FROM crt_application WHERE decision_note = ?", marker));
        certify(db, "ITX/", Timestamp.from(now.instant().minus(Duration.ofDays(1))), "decision_note = ?", marker);
        // one of them is not due: the officer revokes it while the job runs
        long toRevoke = db.count("SELECT MAX(c.id) FROM crt_certificate c JOIN crt_application a ON a.id = c.application_id "
                + "WHERE a.decision_note = ?", marker);
        db.update("UPDATE crt_certificate SET valid_until = ? WHERE id = ?",
                Timestamp.from(now.instant().plus(Duration.ofDays(400))), toRevoke);
        // the rows were written past the summaries' events: count them in, so that expiring them keeps the
        // dashboards exact for the classes after this one
        assertTrue(tallyRebuild.all());
        long due = db.count("SELECT COUNT(*) FROM crt_certificate WHERE status = 'VALID' AND valid_until <= ?",
                Timestamp.from(now.instant()));
        assertTrue(due >= 40, "the 40 due certificates and any other test left due: " + due);

        java.util.concurrent.Callable<Integer> run = () -> {
            int total = 0;
            int done;
            while ((done = expiry.expireDue(5)) > 0) {
                total += done;
            }
            return total;
        };
        var first = executor.submit(run);
        var second = executor.submit(run);
        registry.revoke(officer(), toRevoke, "Uji pencabutan bersamaan dengan kedaluwarsa");
        int expired = first.get(2, java.util.concurrent.TimeUnit.MINUTES) + second.get(2, java.util.concurrent.TimeUnit.MINUTES);

        assertEquals(due, expired, "each due certificate expired by exactly one of the runs");
        assertEquals(40, db.count("SELECT COUNT(*) FROM crt_certificate c JOIN crt_application a ON a.id = c.application_id "
                + "WHERE a.decision_note = ? AND c.status = 'EXPIRED'", marker));
        assertEquals(40, db.count("SELECT COUNT(*) FROM aud_entry WHERE type = 'certification.expired' AND subject LIKE 'certificate:ITX/%'"));
        assertEquals(40, db.count("SELECT COUNT(DISTINCT subject) FROM aud_entry WHERE type = 'certification.expired' "
                + "AND subject LIKE 'certificate:ITX/%'"));
        assertEquals("REVOKED", db.string("SELECT status FROM crt_certificate WHERE id = ?", toRevoke));
        assertEquals(0, db.count("SELECT COUNT(*) FROM crt_certificate WHERE status = 'VALID' AND valid_until <= ?",
                Timestamp.from(now.instant())));
    }

    /** A two-lesson course without a final exam, imported the way the shipped curriculum is. */
    private void publishCourse(String title, String wording) throws Exception {
        java.nio.file.Path root = java.nio.file.Files.createTempDirectory("it-snapshot");
        java.nio.file.Path course = root.resolve("kop-crt");
        java.nio.file.Files.createDirectories(course.resolve("lessons"));
        for (int i = 1; i <= 2; i++) {
            java.nio.file.Files.writeString(course.resolve("lessons/0" + i + ".md"), "## Pelajaran " + i + "\n\n" + wording + "\n");
        }
        java.nio.file.Files.writeString(course.resolve("course.yml"), """
                code: KOP-CRT
                title: { id: "%s", en: "Governance" }
                summary: { id: "Kursus uji snapshot sertifikasi.", en: "A course to test the certification snapshot." }
                category: TATA_KELOLA
                level: DASAR
                estimatedMinutes: 10
                leadsTo: []
                modules:
                  - title: { id: "Modul", en: "Module" }
                    lessons:
                      - file: lessons/01.md
                        title: { id: "Pelajaran 1", en: "Lesson 1" }
                        minutes: 5
                      - file: lessons/02.md
                        title: { id: "Pelajaran 2", en: "Lesson 2" }
                        minutes: 5
                """.formatted(title));
        var report = importer.importAll(root, java.nio.file.Files.createTempDirectory("it-snapshot-work"));
        assertTrue(report.failures().isEmpty(), report.failures().toString());
    }

    private static long audited(Db db, String type, String subject) {
        return db.count("SELECT COUNT(*) FROM aud_entry WHERE type = ? AND subject = ?", type, subject);
    }

    /**
     * A VALID certificate, written past the services, for each application matching {@code where}: numbered
     * {@code prefix + application id}, issued on 1 January 2020.
     */
    private static void certify(Db db, String prefix, Timestamp validUntil, String where, Object... parameters) {
        Object[] all = new Object[parameters.length + 3];
        all[0] = prefix;
        all[1] = prefix;
        all[2] = validUntil;
        System.arraycopy(parameters, 0, all, 3, parameters.length);
        db.update("""
                INSERT INTO crt_certificate (number, verification_code, application_id, account_id, scheme_code,
                    holder_name, koperasi_name, issued_at, valid_until, issued_by, status, snapshot, scheme_name_id,
                    scheme_name_en, issued_by_name, region_code)
                SELECT CONCAT(?, id), CONCAT('IT', REPLACE(?, '/', ''), id), id, account_id, scheme_code, 'Pemegang Uji',
                       'Koperasi Uji', TIMESTAMP '2020-01-01 00:00:00', ?, account_id, 'VALID', '{}', 'Skema', 'Scheme',
                       'Petugas', region_code
                FROM crt_application""" + " WHERE " + where, all);
    }

    private static List<Long> ids(List<CertificationDecisions.QueueLine> lines) {
        return lines.stream().map(CertificationDecisions.QueueLine::id).toList();
    }
}
