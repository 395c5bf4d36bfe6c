package id.akademikoperasi.shared.security;

/** What a person may do in Akademi Koperasi. Stored by name; the names are also the container's groups. */
public enum Role {
    /** Anggota: takes courses and exams, applies for certification. */
    MEMBER,
    /** Pelatih: authors courses, runs sessions, follows learners. */
    TRAINER,
    /** Admin koperasi: manages the members of one koperasi, prepares its elections. */
    COOP_ADMIN,
    /** Verifikator DKUMPP: decides certification applications in their region. */
    VERIFIER,
    /** Admin sistem: accounts, roles, regions, schemes. */
    SYSADMIN;

    /** Whether a grant of this role needs a region it applies to. */
    public boolean needsScope() {
        return this == COOP_ADMIN || this == VERIFIER;
    }
}
