package id.akademikoperasi.nomination.domain;

/**
 * The rules a nomination is checked against (Juklak 1/2025 ch. III, DOMAIN "Who may be nominated"); each has a
 * message {@code nomination.rule.<NAME>} in the bundles, whose arguments a {@link Failure} carries.
 */
public enum Rule {
    /** Not an active member of the koperasi holding the election. */
    MEMBER,
    /** Younger than 17 on the election date, or the birth date is not known. */
    AGE,
    /** No certificate of a scheme that qualifies for the position. */
    CERTIFICATE_MISSING,
    /** The qualifying certificate was revoked. */
    CERTIFICATE_REVOKED,
    /** The qualifying certificate has expired or ends before the election date. */
    CERTIFICATE_EXPIRES,
    /** A first-degree relation, declared or recorded, with another nominee or a sitting pengurus/pengawas. */
    KINSHIP,
    /** For a pengurus seat: recorded by the COOP_ADMIN as lurah/kepala desa, perangkat or BPD. */
    PERANGKAT,
    /** For a pengurus seat: never declared, in a certification application, not to be lurah/perangkat/BPD. */
    PERANGKAT_UNDECLARED,
    /** Already nominated for a position in the same election. */
    OTHER_NOMINATION,
    /** Would sit in both the pengurus and the pengawas. */
    BOTH_BOARDS
}
