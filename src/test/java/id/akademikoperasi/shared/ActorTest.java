package id.akademikoperasi.shared;

import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorTest {

    @Test
    void aGrantCoversItsRegionAndEverythingBelowButNotItsNeighbours() {
        Actor officer = new Actor(1, "officer", Set.of(Grant.of(Role.VERIFIER, "64.74")));
        assertTrue(officer.can(Role.VERIFIER, "64.74"));
        assertTrue(officer.can(Role.VERIFIER, "64.74.01.1004"));
        assertFalse(officer.can(Role.VERIFIER, "64.7"));
        assertFalse(officer.can(Role.VERIFIER, "64.741"));
        assertFalse(officer.can(Role.VERIFIER, "64.72.01"));
        assertFalse(officer.can(Role.COOP_ADMIN, "64.74.01.1004"));
    }

    @Test
    void theSystemAdminMayEverything() {
        Actor admin = new Actor(2, "admin", Set.of(Grant.of(Role.SYSADMIN)));
        assertTrue(admin.can(Role.COOP_ADMIN, "11.01.01.2001"));
        assertDoesNotThrow(() -> admin.require(Role.VERIFIER, "64.74"));
    }

    @Test
    void requireRefusesOthers() {
        Actor member = new Actor(3, "member", Set.of(Grant.of(Role.MEMBER, "64.74.01.1004")));
        assertThrows(AccessDeniedException.class, () -> member.require(Role.SYSADMIN));
        assertThrows(AccessDeniedException.class, () -> member.require(Role.COOP_ADMIN, "64.74.01.1004"));
    }
}
