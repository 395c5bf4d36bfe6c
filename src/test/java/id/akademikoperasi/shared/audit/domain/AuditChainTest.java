package id.akademikoperasi.shared.audit.domain;

import id.akademikoperasi.shared.audit.domain.Verification.Broken;
import id.akademikoperasi.shared.audit.domain.Verification.Intact;
import id.akademikoperasi.shared.audit.domain.Verification.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain notices every edit, deletion and insertion, and names the first entry where it breaks. */
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-28T01:00:00.123456Z");

    /** A stored chain in memory, served in pages like the table, with its head. */
    private record Stored(List<AuditEntry> entries, ChainHead head) implements AuditChain.Source {
        @Override
        public List<AuditEntry> after(long seq, int limit) {
            // the table is read ORDER BY seq: a list edited out of order is served the way the database would
            return entries.stream().filter(e -> e.seq() > seq)
                    .sorted(java.util.Comparator.comparingLong(AuditEntry::seq)).limit(limit).toList();
        }

        Verification verify() {
            return AuditChain.verify(this, 3);   // small pages, so page boundaries are crossed
        }
    }

    private static Stored chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;
        for (int i = 1; i <= length; i++) {
            AuditEntry e = AuditChain.next(head, T0.plus(Duration.ofMinutes(i)), i % 2 == 0 ? "certification.approved"
                            : "certification.applied", i % 3 == 0 ? null : (long) i, "application:" + (40 + i),
                    CanonicalJson.write(Map.of("scheme", "CALON_PENGURUS", "n", i)));
            entries.add(e);
            head = new ChainHead(e.seq(), e.hash());
        }
        return new Stored(entries, head);
    }

    private static Stored replace(Stored s, long seq, UnaryOperator<AuditEntry> change) {
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        entries.replaceAll(e -> e.seq() == seq ? change.apply(e) : e);
        return new Stored(entries, s.head());
    }

    private static Stored remove(Stored s, long seq) {
        return new Stored(s.entries().stream().filter(e -> e.seq() != seq).toList(), s.head());
    }

    private static void assertBroken(Verification v, long seq, Problem problem) {
        Broken broken = assertInstanceOf(Broken.class, v, "expected a broken chain");
        assertEquals(seq, broken.seq(), "first broken entry");
        assertEquals(problem, broken.problem());
    }

    @Test
    void theHashFollowsTheDocumentedByteLayout() {
        // the example of AuditChain's Javadoc, computed independently with printf … | sha256sum
        String hash = AuditChain.hash(AuditChain.GENESIS, 1, Instant.parse("2026-01-02T03:04:05.000006Z"),
                "certification.applied", 7L, "application:42", "{\"scheme\":\"CALON_PENGURUS\"}");
        assertEquals("66c29bbe3a5e282ec1bca33e096ca2aea4d6083724b6dbaaf8e1ebf300742c95", hash);
    }

    @Test
    void timesAreHashedInUtcWithSixFractionDigits() {
        assertEquals("2026-01-02T03:04:05.000000Z", AuditChain.timestamp(Instant.parse("2026-01-02T03:04:05Z")));
        assertEquals("2026-01-02T03:04:05.120000Z", AuditChain.timestamp(Instant.parse("2026-01-02T11:04:05.12+08:00")));
        AuditEntry e = AuditChain.next(ChainHead.EMPTY, Instant.parse("2026-01-02T03:04:05.123456789Z"), "a.b", null, "x", "{}");
        assertEquals(Instant.parse("2026-01-02T03:04:05.123456Z"), e.occurredAt(), "cut to what DATETIME(6) keeps");
    }

    @Test
    void aValidChainVerifiesWithItsCountAndLastHash() {
        Stored s = chain(10);
        Intact ok = assertInstanceOf(Intact.class, s.verify());
        assertEquals(10, ok.entries());
        assertEquals(s.head().lastHash(), ok.lastHash());
        assertEquals(1, s.entries().getFirst().seq());
        assertEquals(AuditChain.GENESIS, s.entries().getFirst().prevHash());
        assertEquals(s.entries().get(3).hash(), s.entries().get(4).prevHash());
    }

    @Test
    void theEmptyChainIsIntact() {
        Intact ok = assertInstanceOf(Intact.class, new Stored(List.of(), ChainHead.EMPTY).verify());
        assertEquals(0, ok.entries());
        assertEquals(AuditChain.GENESIS, ok.lastHash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"occurredAt", "type", "actor", "actorRemoved", "subject", "details", "hash"})
    void anEditedFieldNamesItsEntry(String field) {
        Stored s = replace(chain(10), 5, e -> switch (field) {   // entry 5 has an actor (every third has none)
            case "occurredAt" -> new AuditEntry(e.seq(), e.occurredAt().plusNanos(1000), e.type(), e.actorAccountId(),
                    e.subject(), e.details(), e.prevHash(), e.hash());
            case "type" -> new AuditEntry(e.seq(), e.occurredAt(), "certification.rejected", e.actorAccountId(),
                    e.subject(), e.details(), e.prevHash(), e.hash());
            case "actor" -> new AuditEntry(e.seq(), e.occurredAt(), e.type(), 99L, e.subject(), e.details(), e.prevHash(), e.hash());
            case "actorRemoved" -> new AuditEntry(e.seq(), e.occurredAt(), e.type(), null, e.subject(), e.details(), e.prevHash(), e.hash());
            case "subject" -> new AuditEntry(e.seq(), e.occurredAt(), e.type(), e.actorAccountId(), "application:99",
                    e.details(), e.prevHash(), e.hash());
            case "details" -> new AuditEntry(e.seq(), e.occurredAt(), e.type(), e.actorAccountId(), e.subject(),
                    e.details().replace("CALON_PENGURUS", "CALON_PENGAWAS"), e.prevHash(), e.hash());
            case "hash" -> new AuditEntry(e.seq(), e.occurredAt(), e.type(), e.actorAccountId(), e.subject(), e.details(),
                    e.prevHash(), "f" + e.hash().substring(1));
            default -> throw new IllegalArgumentException(field);
        });
        assertBroken(s.verify(), 5, Problem.EDITED);
        assertEquals(4, ((Broken) s.verify()).entriesIntact(), "the four before it still verify");
    }

    @Test
    void anEditWithARecomputedHashBreaksTheLinkOfTheNextEntry() {
        // whoever rewrites entry 4 and its hash cannot make entry 5 point at it without rewriting 5, and so on
        Stored s = replace(chain(10), 4, e -> {
            String details = e.details().replace("CALON_PENGURUS", "CALON_PENGAWAS");
            return new AuditEntry(e.seq(), e.occurredAt(), e.type(), e.actorAccountId(), e.subject(), details, e.prevHash(),
                    AuditChain.hash(e.prevHash(), e.seq(), e.occurredAt(), e.type(), e.actorAccountId(), e.subject(), details));
        });
        assertBroken(s.verify(), 5, Problem.LINK_BROKEN);
    }

    @Test
    void aChangedPrevHashIsNamed() {
        Stored s = replace(chain(5), 3, e -> new AuditEntry(e.seq(), e.occurredAt(), e.type(), e.actorAccountId(),
                e.subject(), e.details(), AuditChain.GENESIS, e.hash()));
        assertBroken(s.verify(), 3, Problem.EDITED);
    }

    @Test
    void aDeletedMiddleEntryIsNamed() {
        assertBroken(remove(chain(10), 7).verify(), 7, Problem.MISSING);
        assertBroken(remove(chain(10), 1).verify(), 1, Problem.MISSING);
    }

    @Test
    void aDeletedLastEntryIsCaughtByTheHead() {
        assertBroken(remove(chain(10), 10).verify(), 10, Problem.TAIL_MISSING);
        assertBroken(new Stored(List.of(), chain(3).head()).verify(), 1, Problem.TAIL_MISSING);
    }

    @Test
    void aDeletedLastEntryWithTheHeadMovedBackStillBreaksWhereTheHeadIsRewritten() {
        Stored s = chain(10);
        AuditEntry ninth = s.entries().get(8);
        // head moved to seq 9 but its hash left at entry 10's
        Stored cut = new Stored(s.entries().subList(0, 9), new ChainHead(9, s.head().lastHash()));
        assertBroken(cut.verify(), 9, Problem.HEAD_MISMATCH);
        // a consistent cut of the tail (entries and head both rewritten) is what the last hash, noted elsewhere, is for
        Intact shorter = assertInstanceOf(Intact.class, new Stored(s.entries().subList(0, 9), new ChainHead(9, ninth.hash())).verify());
        assertTrue(!shorter.lastHash().equals(s.head().lastHash()), "the published last hash no longer matches");
    }

    @Test
    void anInsertedEntryIsNamed() {
        Stored s = chain(6);
        AuditEntry third = s.entries().get(2);
        // a forged entry squeezed in after entry 3, properly linked and hashed, the later ones renumbered
        AuditEntry forged = AuditChain.next(new ChainHead(3, third.hash()), third.occurredAt().plusSeconds(1),
                "certification.approved", 1L, "application:1", "{}");
        List<AuditEntry> entries = new ArrayList<>(s.entries().subList(0, 3));
        entries.add(forged);
        for (AuditEntry e : s.entries().subList(3, 6)) {
            entries.add(new AuditEntry(e.seq() + 1, e.occurredAt(), e.type(), e.actorAccountId(), e.subject(), e.details(),
                    e.prevHash(), e.hash()));
        }
        assertBroken(new Stored(entries, new ChainHead(7, s.head().lastHash())).verify(), 5, Problem.EDITED);

        // the same forged entry slipped in with a seq that already exists
        List<AuditEntry> twice = new ArrayList<>(s.entries());
        twice.add(3, forged);
        assertBroken(new Stored(twice, s.head()).verify(), 4, Problem.OUT_OF_ORDER);
    }

    @Test
    void anEntryAppendedAroundTheHeadIsNamed() {
        Stored s = chain(4);
        AuditEntry extra = AuditChain.next(s.head(), T0.plus(Duration.ofHours(1)), "certification.revoked", 1L, "certificate:X", "{}");
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        entries.add(extra);
        assertBroken(new Stored(entries, s.head()).verify(), 5, Problem.HEAD_BEHIND);
    }

    @Test
    void entriesAppendedWhileVerifyingAreFollowedUntilTheHeadCatchesUp() {
        Stored full = chain(10);
        // the head is read first (at 4); entries 5–10 and the head moved on before the pages were read
        AuditChain.Source growing = new AuditChain.Source() {
            int headReads;

            @Override
            public ChainHead head() {
                return headReads++ == 0 ? new ChainHead(4, full.entries().get(3).hash()) : full.head();
            }

            @Override
            public List<AuditEntry> after(long seq, int limit) {
                return full.after(seq, limit);
            }
        };
        Intact ok = assertInstanceOf(Intact.class, AuditChain.verify(growing, 3));
        assertEquals(10, ok.entries());
    }

    @Test
    void verificationReadsPageByPageAndStopsAtTheFirstBreak() {
        Stored s = remove(chain(100), 20);
        int[] largestPage = {0};
        int[] pages = {0};
        AuditChain.Source counting = new AuditChain.Source() {
            @Override
            public ChainHead head() {
                return s.head();
            }

            @Override
            public List<AuditEntry> after(long seq, int limit) {
                pages[0]++;
                List<AuditEntry> page = s.after(seq, limit);
                largestPage[0] = Math.max(largestPage[0], page.size());
                return page;
            }
        };
        assertBroken(AuditChain.verify(counting, 7), 20, Problem.MISSING);
        assertEquals(7, largestPage[0]);
        assertEquals(3, pages[0], "pages of 7 up to seq 21, none after the break");
    }

    @Test
    void stringsThatUtf8CannotCarryAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("note", "a\uD800b")));
    }
}
