package id.akademikoperasi.certification.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateTest {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Fixed clocks: the day of issue, and moments around the end of a three-year validity. */
    static final Clock ISSUE_DAY = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), WITA);
    static final Instant UNTIL = ZonedDateTime.ofInstant(ISSUE_DAY.instant(), WITA).plusMonths(36).toInstant();

    static Certificate issued() {
        Application a = ApplicationTest.open();
        a.approve(7, ISSUE_DAY.instant(), false);
        return Certificate.issue("AK/6474/2026/000001", "ABCDEFGHJKLMNPQR", a,
                new Certificate.Names("Siti Aminah", "Koperasi Merah Putih Guntung", "Calon Pengurus", "Board Candidate",
                        "Rina Wulandari"), ISSUE_DAY.instant(), UNTIL, 7);
    }

    private static String reason(Runnable r) {
        return assertThrows(RuleRefusal.class, r::run).reason();
    }

    @Test
    void issuedOnlyOnAnApprovedApplicationWithTheNamesFrozen() {
        assertThrows(IllegalStateException.class, () -> Certificate.issue("AK/6474/2026/000002", "X", ApplicationTest.open(),
                new Certificate.Names("a", "b", "c", "d", "e"), ISSUE_DAY.instant(), UNTIL, 7));
        Certificate c = issued();
        assertEquals(Certificate.Status.VALID, c.status());
        assertEquals("Calon Pengurus", c.schemeName(java.util.Locale.of("id")));
        assertEquals("Board Candidate", c.schemeName(java.util.Locale.ENGLISH));
        assertEquals("Rina Wulandari", c.issuedByName());
        assertEquals("64.74.01.1004", c.regionCode());
    }

    @Test
    void validUntilItsEndThenExpiredEvenBeforeTheJobRuns() {
        Certificate c = issued();
        assertEquals(Certificate.PublicStatus.VALID, c.publicStatus(UNTIL.minusSeconds(1)));
        assertEquals(Certificate.PublicStatus.EXPIRED, c.publicStatus(UNTIL), "the end date counts on its own");
        assertEquals(Certificate.Status.VALID, c.status(), "until the job marks it");
    }

    @Test
    void theExpiryJobMarksOnlyDueValidCertificates() {
        Certificate c = issued();
        assertFalse(c.expireIfDue(UNTIL.minusSeconds(1)));
        assertEquals(Certificate.Status.VALID, c.status());
        assertTrue(c.expireIfDue(UNTIL.plusSeconds(5)));
        assertEquals(Certificate.Status.EXPIRED, c.status());
        assertEquals(UNTIL.plusSeconds(5), c.expiredAt());
        assertFalse(c.expireIfDue(UNTIL.plusSeconds(10)), "once");

        Certificate revoked = issued();
        revoked.revoke(7, ISSUE_DAY.instant().plusSeconds(60), "Data tidak benar");
        assertFalse(revoked.expireIfDue(UNTIL.plusSeconds(5)), "a revoked certificate stays revoked");
        assertEquals(Certificate.PublicStatus.REVOKED, revoked.publicStatus(UNTIL.plusSeconds(5)));
    }

    @Test
    void revocationNeedsAReasonAndHappensOnce() {
        Certificate c = issued();
        assertEquals("reasonRequired", reason(() -> c.revoke(7, ISSUE_DAY.instant(), "  ")));
        assertEquals("reasonTooLong", reason(() -> c.revoke(7, ISSUE_DAY.instant(), "x".repeat(Certificate.MAX_REVOKE_REASON + 1))));
        assertEquals(Certificate.Status.VALID, c.status(), "refusals changed nothing");
        c.revoke(9, ISSUE_DAY.instant().plusSeconds(60), " Pernyataan kekerabatan tidak benar ");
        assertEquals(Certificate.Status.REVOKED, c.status());
        assertEquals("Pernyataan kekerabatan tidak benar", c.revokeReason());
        assertEquals(9L, c.revokedBy());
        assertEquals(Certificate.PublicStatus.REVOKED, c.publicStatus(ISSUE_DAY.instant().plusSeconds(61)));
        assertEquals("alreadyRevoked", reason(() -> c.revoke(9, ISSUE_DAY.instant().plusSeconds(90), "lagi")));
    }

    @Test
    void recertificationOpensSixMonthsBeforeTheEndAndClosesAtIt() {
        Certificate c = issued();
        Instant opens = ZonedDateTime.ofInstant(UNTIL, WITA).minusMonths(6).toInstant();
        assertFalse(c.inRecertificationWindow(opens.minusSeconds(1), 6, WITA));
        assertTrue(c.inRecertificationWindow(opens, 6, WITA));
        assertTrue(c.inRecertificationWindow(UNTIL.minusSeconds(1), 6, WITA));
        assertFalse(c.inRecertificationWindow(UNTIL, 6, WITA), "after the end it is a new certification");
        assertFalse(c.inRecertificationWindow(ISSUE_DAY.instant(), 0, WITA), "no window: never early");
    }
}
