package id.akademikoperasi.nomination.domain;

/**
 * A seat to fill in a koperasi's election. The five named offices and the further members form the pengurus;
 * which certificate scheme qualifies for a seat is data ({@code crt_scheme.positions}), named here by
 * {@link #schemePosition()}: a scheme listing PENGURUS qualifies for every pengurus seat.
 */
public enum Position {
    KETUA(Body.PENGURUS),
    WAKIL_KETUA_USAHA(Body.PENGURUS),
    WAKIL_KETUA_ANGGOTA(Body.PENGURUS),
    SEKRETARIS(Body.PENGURUS),
    BENDAHARA(Body.PENGURUS),
    PENGURUS_ANGGOTA(Body.PENGURUS),
    PENGAWAS(Body.PENGAWAS),
    MANAJER(Body.MANAJER);

    /** The organ a seat belongs to: a person may not sit in both the pengurus and the pengawas. */
    public enum Body { PENGURUS, PENGAWAS, MANAJER }

    private final Body body;

    Position(Body body) {
        this.body = body;
    }

    public Body body() {
        return body;
    }

    /** The word a qualifying scheme lists in its positions. */
    public String schemePosition() {
        return body.name();
    }

    /** The five offices every pengurus has, one seat each. */
    public boolean isNamedOffice() {
        return body == Body.PENGURUS && this != PENGURUS_ANGGOTA;
    }
}
