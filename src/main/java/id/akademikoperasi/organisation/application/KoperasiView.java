package id.akademikoperasi.organisation.application;

import java.io.Serializable;

/** A koperasi with the names of the regions it lies in. */
public record KoperasiView(long id, String name, String kelurahanCode, String kelurahan, String kecamatan,
                           String kabupatenKota, String provinsi) implements Serializable {
}
