package id.akademikoperasi.testsupport.incontainer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in integration tests: the real time plus an offset a test can move forward, so that time
 * limits and waiting times can be crossed without waiting. Starts at the real time.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class AdjustableClock {

    private volatile Duration offset = Duration.ZERO;

    @Produces
    @ApplicationScoped
    Clock clock() {
        AdjustableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Makassar");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.tick(Clock.system(zone), Duration.ofNanos(1_000)), self.offset);
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(self.offset).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            }
        };
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
