package id.akademikoperasi.certification.domain;

import id.akademikoperasi.certification.domain.Eligibility.CourseEvidence;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationTest {

    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    static final Requirements R = new Requirements(List.of("KOP-01"), 70, null,
            List.of(Declaration.NO_KINSHIP, Declaration.DATA_TRUE));
    static final Eligibility.Checklist READY = Eligibility.check(R,
            Map.of("KOP-01", new CourseEvidence(NOW, new BigDecimal("80"), true)), null);

    private static String reason(Runnable r) {
        return assertThrows(Application.NotAllowedException.class, r::run).reason();
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
}
