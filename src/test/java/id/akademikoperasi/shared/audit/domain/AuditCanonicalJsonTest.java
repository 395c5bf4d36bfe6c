package id.akademikoperasi.shared.audit.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One set of facts, one text: the details of an audit entry do not depend on map order or formatting. */
class AuditCanonicalJsonTest {

    enum Status { APPROVED }

    @Test
    void keysAreSortedAndNothingIsPadded() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("z", 1);
        a.put("a", List.of(true, "x"));
        a.put("m", Map.of("y", 2L, "b", BigDecimal.valueOf(7050, 2)));
        Map<String, Object> b = new HashMap<>(a);
        assertEquals("{\"a\":[true,\"x\"],\"m\":{\"b\":70.50,\"y\":2},\"z\":1}", CanonicalJson.write(a));
        assertEquals(CanonicalJson.write(a), CanonicalJson.write(b));
    }

    @Test
    void valuesAreWrittenOneWay() {
        Map<String, Object> m = new HashMap<>();
        m.put("none", null);
        m.put("status", Status.APPROVED);
        m.put("at", Instant.parse("2026-11-28T01:02:03.000004Z"));
        m.put("day", LocalDate.of(2026, 11, 28));
        m.put("big", new BigDecimal("1E+3"));
        assertEquals("{\"at\":\"2026-11-28T01:02:03.000004Z\",\"big\":1000,\"day\":\"2026-11-28\",\"none\":null,"
                + "\"status\":\"APPROVED\"}", CanonicalJson.write(m));
        assertEquals("{}", CanonicalJson.write(null));
    }

    @Test
    void stringsAreEscapedOnlyWhereJsonMust() {
        assertEquals("{\"note\":\"\\\"Bu\\\" Siti\\\\\\n\\t\\u0001 — ok ✓\"}",
                CanonicalJson.write(Map.of("note", "\"Bu\" Siti\\\n\t\u0001 — ok ✓")));
    }

    @Test
    void floatingPointIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("score", 70.5)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("score", 70.5f)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("xs", Arrays.asList(1, 2.0))));
    }
}
