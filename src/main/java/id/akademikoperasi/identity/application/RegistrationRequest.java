package id.akademikoperasi.identity.application;

import java.time.LocalDate;

/** What a person fills in to register as a member. Any field may be missing or wrong: the service checks it. */
public record RegistrationRequest(String name, String email, String phone, String password, String passwordConfirmation,
                                  String nik, LocalDate birthDate, String kelurahanCode) {

    /** Never the password or the NIK in logs or error pages. */
    @Override
    public String toString() {
        return "RegistrationRequest[kelurahan=" + kelurahanCode + "]";
    }
}
