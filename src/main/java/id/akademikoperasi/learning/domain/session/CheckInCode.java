package id.akademikoperasi.learning.domain.session;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The check-in code a trainer's screen shows during a session: six digits that change every 30 seconds (TOTP,
 * RFC 6238, HMAC-SHA256 with the session's own secret). A code is accepted during its own 30 seconds and the next
 * 30 (someone scanning at the turn of a step), never later: a photo of the screen taken a minute ago is refused.
 * Every instance computes the same code from the secret stored with the session, so nothing lives in one JVM.
 *
 * <pre>{@code
 * CheckInCode code = new CheckInCode(secret);
 * String shown = code.at(clock.instant());          // "042917"
 * code.accepts("042917", clock.instant());          // true now, false a minute later
 * }</pre>
 */
public final class CheckInCode {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final TimeBasedOneTimePasswordGenerator generator;

    public CheckInCode(byte[] secret) {
        if (secret == null || secret.length < 20) {
            throw new IllegalArgumentException("a check-in secret has at least 20 bytes");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, ALGORITHM);
    }

    /** The code shown at {@code at}. */
    public String at(Instant at) {
        try {
            return generator.generateOneTimePasswordString(key, at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the code shown at {@code at} is replaced by the next one. */
    public Instant nextChangeAfter(Instant at) {
        long step = STEP.toMillis();
        return Instant.ofEpochMilli((at.toEpochMilli() / step + 1) * step);
    }

    /** Whether a typed or scanned code is the current one or the one just before it. */
    public boolean accepts(String typed, Instant now) {
        if (typed == null) {
            return false;
        }
        String digits = typed.strip().replace(" ", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        return constantTimeEquals(digits, at(now)) || constantTimeEquals(digits, at(now.minus(STEP)));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
