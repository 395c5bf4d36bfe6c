package id.akademikoperasi.learning.domain.session;

/** What a face-to-face session is for. */
public enum SessionKind {
    /** An information session, usually per kecamatan; DKUMPP (VERIFIER) or a trainer holds it. */
    SOSIALISASI,
    /** Classroom training in a kelurahan. */
    PELATIHAN,
    /** A practical examination. */
    UJIAN_PRAKTIK
}
