package id.akademikoperasi.organisation.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionCodeTest {

    @Test
    void levelsFollowTheNumberOfSegments() {
        assertEquals(RegionLevel.PROVINSI, RegionCode.of("64").level());
        assertEquals(RegionLevel.KABUPATEN_KOTA, RegionCode.of("64.74").level());
        assertEquals(RegionLevel.KECAMATAN, RegionCode.of("64.74.01").level());
        assertEquals(RegionLevel.KELURAHAN_DESA, RegionCode.of("64.74.01.1004").level());
    }

    @Test
    void parentsWalkUpTheHierarchy() {
        assertEquals(Optional.of(RegionCode.of("64.74.01")), RegionCode.of("64.74.01.1004").parent());
        assertEquals(Optional.of(RegionCode.of("64")), RegionCode.of("64.74").parent());
        assertEquals(Optional.empty(), RegionCode.of("64").parent());
        assertEquals(RegionCode.of("64"), RegionCode.of("64.74.01.1004").province());
    }

    @Test
    void withinMeansTheSameRegionOrBelowItNotAPrefixOfDigits() {
        assertTrue(RegionCode.of("64.74.01.1004").isWithin(RegionCode.of("64.74")));
        assertTrue(RegionCode.of("64.74").isWithin(RegionCode.of("64.74")));
        assertFalse(RegionCode.of("64.74").isWithin(RegionCode.of("64.74.01")));
    }

    @Test
    void kelurahanAndDesaAreToldApartByTheFirstDigitOfTheLastPart() {
        assertTrue(RegionCode.of("64.74.01.1004").isKelurahan());
        assertFalse(RegionCode.of("64.02.01.2001").isKelurahan());
        assertFalse(RegionCode.of("64.74.01").isKelurahan());
        assertEquals("6474", RegionCode.of("64.74").compact());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6", "647", "64.7", "64.74.1", "64.74.01.104", "64.74.01.1004.1", "64-74", "ab"})
    void malformedCodesAreRefused(String value) {
        assertFalse(RegionCode.isValid(value));
        assertThrows(IllegalArgumentException.class, () -> RegionCode.of(value));
    }

    @Test
    void aKoperasiBelongsToAVillageAndIsNamedAfterIt() {
        Region guntung = new Region(RegionCode.of("64.74.01.1004"), "Guntung");
        Koperasi koperasi = Koperasi.founded(guntung, Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals("Koperasi Kelurahan Merah Putih Guntung", koperasi.name());
        assertEquals("Koperasi Desa Merah Putih Long Bagun", Koperasi.standardName(RegionCode.of("64.02.01.2001"), "Long Bagun"));
        Region kecamatan = new Region(RegionCode.of("64.74.01"), "Bontang Utara");
        assertThrows(IllegalArgumentException.class, () -> Koperasi.founded(kecamatan, Instant.EPOCH));
    }

    @Test
    void aMembershipEndsOnce() {
        Membership membership = Membership.join(5, KoperasiId.of(3), Instant.EPOCH);
        assertTrue(membership.isActive());
        membership.end(Instant.EPOCH.plusSeconds(60));
        assertFalse(membership.isActive());
        assertThrows(IllegalStateException.class, () -> membership.end(Instant.EPOCH.plusSeconds(120)));
    }
}
