package id.akademikoperasi.nomination.domain;

import id.akademikoperasi.shared.domain.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KinshipTest {

    static final Instant AT = Instant.parse("2026-05-04T02:00:00Z");

    @Test
    void aPairIsKeptLowerAccountFirstWhicheverWayItIsNamed() {
        Kinship k = Kinship.record(7, 42, 17, Kinship.Relation.SPOUSE, 3, AT);
        assertEquals(17, k.accountLow());
        assertEquals(42, k.accountHigh());
        assertEquals(Kinship.Relation.SPOUSE, k.relation());
        assertEquals(AT, k.recordedAt());
    }

    @Test
    void bothOrdersOfAPairHaveTheSameKeySoTheSecondIsADuplicate() {
        assertEquals(Kinship.key(7, 17, 42), Kinship.key(7, 42, 17));
        assertEquals(Kinship.key(7, 17, 42).hashCode(), Kinship.key(7, 42, 17).hashCode());
        Kinship k = Kinship.record(7, 42, 17, Kinship.Relation.SIBLING, 3, AT);
        assertEquals(Kinship.key(7, k.accountLow(), k.accountHigh()), Kinship.key(7, 42, 17));
    }

    @Test
    void theSamePairInAnotherKoperasiIsAnotherRecord() {
        assertEquals(false, Kinship.key(7, 17, 42).equals(Kinship.key(8, 17, 42)));
    }

    @Test
    void nobodyIsTheirOwnRelative() {
        assertEquals("self", assertThrows(RuleRefusal.class,
                () -> Kinship.record(7, 17, 17, Kinship.Relation.PARENT_CHILD, 3, AT)).reason());
    }

    @Test
    void aRelationMustBeNamed() {
        assertEquals("relationMissing", assertThrows(RuleRefusal.class,
                () -> Kinship.record(7, 17, 42, null, 3, AT)).reason());
    }

    @Test
    void aVillageOfficialHoldsAnOffice() {
        assertEquals(VillageOfficial.Office.BPD, VillageOfficial.record(7, 17, VillageOfficial.Office.BPD, 3, AT).office());
        assertThrows(NullPointerException.class, () -> VillageOfficial.record(7, 17, null, 3, AT));
    }
}
