package id.akademikoperasi.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** The one source of time. Tests use a fixed clock instead. */
@ApplicationScoped
public class ClockProducer {

    /** Bontang is in WITA (UTC+8); instants are stored in UTC, dates are reckoned in the office's zone. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Makassar");

    @Produces
    @ApplicationScoped
    Clock clock() {
        // microseconds, as DATETIME(6) stores them: a time read back equals the time written
        return Clock.tick(Clock.system(OFFICE_ZONE), Duration.ofNanos(1_000));
    }
}
