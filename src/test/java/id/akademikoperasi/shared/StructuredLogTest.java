package id.akademikoperasi.shared;

import id.akademikoperasi.shared.infrastructure.StructuredLog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StructuredLogTest {

    @Test
    void anEventIsOneLineOfJsonWithEscapedValues() {
        List<String> lines = new ArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord record) { lines.add(record.getMessage()); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger logger = Logger.getLogger("akademi.events");
        logger.addHandler(handler);
        try {
            StructuredLog.event("login.failure", "ip", "10.0.0.4", "attempt", 3, "note", "a \"quoted\"\nline");
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(List.of("{\"event\":\"login.failure\",\"ip\":\"10.0.0.4\",\"attempt\":3,\"note\":\"a \\\"quoted\\\"\\nline\"}"), lines);
    }

    @Test
    void keysAndValuesComeInPairs() {
        assertThrows(IllegalArgumentException.class, () -> StructuredLog.event("x", "lonely"));
    }
}
