package id.akademikoperasi.certification.domain;

/** What a candidate declares when applying (Juklak 1/2025, ch. III); the texts are in the bundles. */
public enum Declaration {
    /** No first-degree blood or marriage relation with another pengurus or pengawas of the koperasi. */
    NO_KINSHIP,
    /** Not lurah / kepala desa, perangkat or BPD. */
    NOT_PERANGKAT,
    /** The data given is true. */
    DATA_TRUE
}
