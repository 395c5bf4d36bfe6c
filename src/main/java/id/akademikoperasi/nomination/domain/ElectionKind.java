package id.akademikoperasi.nomination.domain;

/** The meeting that elects: the founding Musyawarah Kelurahan Khusus or a (yearly) Rapat Anggota / RAT. */
public enum ElectionKind {
    MUSYAWARAH_KELURAHAN_KHUSUS,
    RAPAT_ANGGOTA
}
