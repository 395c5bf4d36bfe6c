package id.akademikoperasi.identity.application;

import id.akademikoperasi.shared.security.Grant;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An account as the system admin lists it. */
public record AccountRow(long id, String name, String email, String phone, List<Grant> grants, String status,
                         Instant createdAt) implements Serializable {
}
