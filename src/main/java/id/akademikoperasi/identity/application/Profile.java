package id.akademikoperasi.identity.application;

import id.akademikoperasi.organisation.application.KoperasiView;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a person sees of themselves: personal data masked, and their koperasi. */
public record Profile(long accountId, String name, String email, String maskedPhone, String maskedNik,
                      LocalDate birthDate, List<String> roles, KoperasiView koperasi, Instant memberSince)
        implements Serializable {

    public boolean isMember() {
        return koperasi != null;
    }
}
