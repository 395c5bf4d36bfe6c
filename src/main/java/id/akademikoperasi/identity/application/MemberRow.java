package id.akademikoperasi.identity.application;

import java.io.Serializable;
import java.time.Instant;

/** One member as the koperasi secretariat sees them: contact and NIK masked. */
public record MemberRow(long accountId, String name, String contact, String maskedNik, Instant joinedAt,
                        String membershipStatus, String accountStatus) implements Serializable {
}
