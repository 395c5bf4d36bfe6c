package id.akademikoperasi.certification.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;
import id.akademikoperasi.certification.domain.Eligibility.CourseEvidence;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationTest {

    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    static final Requirements R = new Requirements(List.of("KOP-01"), 70, null,
            List.of(Declaration.NO_KINSHIP, Declaration.DATA_TRUE));
    static final Eligibility.Checklist READY = Eligibility.check(R,
            Map.of("KOP-01", new CourseEvidence(NOW, new BigDecimal("80"), true)), null);

    private static String reason(Runnable r) {
        return assertThrows(RuleRefusal.class, r::run).reason();
    }

    @Test
    void onlyAReadyMemberWhoSignedEveryDeclarationApplies() {
        Eligibility.Checklist notReady = Eligibility.check(R, Map.of(), null);
        assertEquals("notReady", reason(() -> Application.submit(1, "S", R, notReady, 2, "64.74.01.1004",
                Set.of(Declaration.values()), null, "{}", NOW)));
        assertEquals("declarationsRequired", reason(() -> Application.submit(1, "S", R, READY, 2, "64.74.01.1004",
                Set.of(Declaration.DATA_TRUE), null, "{}", NOW)));
        Application a = Application.submit(1, "S", R, READY, 2, "64.74.01.1004",
                Set.of(Declaration.NO_KINSHIP, Declaration.DATA_TRUE), " ", "{\"x\":1}", NOW);
        assertTrue(a.isOpen());
        assertEquals(Application.Status.SUBMITTED, a.status());
        assertEquals(Set.of(Declaration.NO_KINSHIP, Declaration.DATA_TRUE), a.declarations());
        assertEquals(null, a.relatives(), "blank is no relatives");
    }

    @Test
    void namingRelativesTakesThePlaceOfTheKinshipDeclarationForTheOfficerToWeigh() {
        Application a = Application.submit(1, "S", R, READY, 2, "64.74.01.1004", Set.of(Declaration.DATA_TRUE),
                "Kakak kandung: Budi Santoso, pengawas", "{}", NOW);
        assertEquals("Kakak kandung: Budi Santoso, pengawas", a.relatives());
        assertEquals("relativesTooLong", reason(() -> Application.submit(1, "S", R, READY, 2, "64.74.01.1004",
                Set.of(Declaration.DATA_TRUE), "x".repeat(Application.MAX_RELATIVES + 1), "{}", NOW)));
    }

    static Application open() {
        return Application.submit(1, "S", R, READY, 2, "64.74.01.1004",
                Set.of(Declaration.NO_KINSHIP, Declaration.DATA_TRUE), null, "{}", NOW);
    }

    @Test
    void withOneOfficerTheFirstApprovalDecides() {
        Application a = open();
        assertTrue(a.approve(7, NOW, false));
        assertEquals(Application.Status.APPROVED, a.status());
        assertEquals(7L, a.decidedBy());
        assertEquals("alreadyDecided", reason(() -> a.approve(8, NOW, false)));
        assertEquals("alreadyDecided", reason(() -> a.reject(8, NOW, Application.RejectReason.KINSHIP, null, Duration.ZERO)));
    }

    @Test
    void withTwoOfficersTheSecondMustBeSomeoneElse() {
        Application a = open();
        assertFalse(a.approve(7, NOW, true), "only recorded");
        assertTrue(a.isOpen());
        assertEquals(7L, a.firstApprovedBy());
        assertEquals("secondOfficerRequired", reason(() -> a.approve(7, NOW.plusSeconds(60), true)));
        assertTrue(a.isOpen(), "the refused second approval changed nothing");
        assertTrue(a.approve(9, NOW.plusSeconds(120), true));
        assertEquals(Application.Status.APPROVED, a.status());
        assertEquals(9L, a.decidedBy());
        assertEquals(7L, a.firstApprovedBy());
    }

    @Test
    void aRejectionSaysWhenTheMemberMayApplyAgain() {
        Application a = open();
        assertEquals("reasonRequired", reason(() -> a.reject(7, NOW, null, null, Duration.ofDays(30))));
        assertEquals("noteRequired", reason(() -> a.reject(7, NOW, Application.RejectReason.OTHER, "  ", Duration.ofDays(30))));
        assertEquals("noteTooLong", reason(() -> a.reject(7, NOW, Application.RejectReason.DATA_MISMATCH,
                "x".repeat(Application.MAX_NOTE + 1), Duration.ofDays(30))));
        assertTrue(a.isOpen(), "refusals changed nothing");
        a.reject(7, NOW, Application.RejectReason.DATA_MISMATCH, " Nama berbeda ", Duration.ofDays(30));
        assertEquals("Nama berbeda", a.decisionNote());
        assertEquals(NOW.plus(Duration.ofDays(30)), a.reapplyAfter());
        assertFalse(a.mayReapply(NOW.plus(Duration.ofDays(29))));
        assertTrue(a.mayReapply(NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void theOfficerAsksTheMemberAnswersAndTheApplicationReturnsToTheQueue() {
        Application a = open();
        assertEquals("noQuestion", reason(() -> a.answerInfo(NOW, "jawaban")));
        assertEquals("questionRequired", reason(() -> a.requestInfo(7, NOW, " ")));
        assertEquals("questionTooLong", reason(() -> a.requestInfo(7, NOW, "x".repeat(Application.MAX_NOTE + 1))));
        a.requestInfo(7, NOW, "Lampirkan surat keterangan dari lurah");
        assertEquals(Application.Status.INFO_REQUESTED, a.status());
        assertTrue(a.isOpen());
        assertEquals("answerRequired", reason(() -> a.answerInfo(NOW, "")));
        assertEquals("answerTooLong", reason(() -> a.answerInfo(NOW, "x".repeat(Application.MAX_REPLY + 1))));
        a.answerInfo(NOW.plusSeconds(3600), " Sudah saya serahkan ke kantor DKUMPP ");
        assertEquals(Application.Status.SUBMITTED, a.status());
        assertEquals("Sudah saya serahkan ke kantor DKUMPP", a.infoReply());
        assertEquals("Lampirkan surat keterangan dari lurah", a.infoRequest(), "the question stays on record");
        assertTrue(a.approve(7, NOW.plusSeconds(7200), false), "an answered application can be decided");
    }

    @Test
    void anOpenApplicationCanBeWithdrawnOnce() {
        Application a = open();
        a.withdraw(NOW);
        assertEquals(Application.Status.WITHDRAWN, a.status());
        assertFalse(a.isOpen());
        assertEquals("alreadyDecided", reason(() -> a.withdraw(NOW)));
        assertEquals("alreadyDecided", reason(() -> a.approve(7, NOW, false)));
    }
}
