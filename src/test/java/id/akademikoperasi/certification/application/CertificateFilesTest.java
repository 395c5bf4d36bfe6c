package id.akademikoperasi.certification.application;

import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.certification.domain.Certificates;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateFilesTest {

    static final Certificate SITI = Certificates.issued("{\"takenAt\":\"2026-11-20T02:00:00Z\",\"courses\":[]}",
            "7KQ2M9XH4TB3N8PA", Instant.parse("2026-11-28T03:00:00Z"), Instant.parse("2029-11-28T03:00:00Z"));

    @Test
    void theHolderOfficersOfItsRegionAndAdministratorsMayHaveACopy() {
        assertTrue(CertificateFiles.mayRead(new Actor(7, "Siti Aminah", Set.of(Grant.of(Role.MEMBER, "64.74.01.1004"))), SITI));
        assertTrue(CertificateFiles.mayRead(new Actor(3, "Rina", Set.of(Grant.of(Role.VERIFIER, "64.74"))), SITI));
        assertTrue(CertificateFiles.mayRead(new Actor(5, "Camat", Set.of(Grant.of(Role.VERIFIER, "64.74.01"))), SITI));
        assertTrue(CertificateFiles.mayRead(new Actor(1, "Admin", Set.of(Grant.of(Role.SYSADMIN, ""))), SITI));
    }

    @Test
    void otherMembersOfficersElsewhereAndOtherRolesMayNot() {
        assertFalse(CertificateFiles.mayRead(new Actor(8, "Budi", Set.of(Grant.of(Role.MEMBER, "64.74.01.1004"))), SITI));
        assertFalse(CertificateFiles.mayRead(new Actor(9, "Samarinda", Set.of(Grant.of(Role.VERIFIER, "64.72"))), SITI));
        assertFalse(CertificateFiles.mayRead(new Actor(10, "Bontang Barat", Set.of(Grant.of(Role.VERIFIER, "64.74.03"))), SITI));
        assertFalse(CertificateFiles.mayRead(new Actor(11, "Sekretariat", Set.of(Grant.of(Role.COOP_ADMIN, "64.74.01.1004"))), SITI));
    }
}
