package id.akademikoperasi.identity.web;

import id.akademikoperasi.identity.application.RegistrationRequest;
import id.akademikoperasi.identity.application.RegistrationService;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Self-registration of a member: who they are, how to reach them, and the kelurahan they live in, chosen
 * province → kabupaten/kota → kecamatan → kelurahan (a level with one choice is chosen for them).
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "name", "register:name", "email", "register:email", "phone", "register:phone",
            "password", "register:password", "passwordConfirmation", "register:passwordConfirmation",
            "nik", "register:nik", "birthDate", "register:birthDate", "kelurahan", "register:kelurahan");

    @Inject
    private transient RegistrationService registration;

    @Inject
    private transient RegionDirectory regions;

    private String name;
    private String email;
    private String phone;
    private String password;
    private String passwordConfirmation;
    private String nik;
    private LocalDate birthDate;

    private String province;
    private String kota;
    private String kecamatan;
    private String kelurahan;
    private List<RegionView> provinces = List.of();
    private List<RegionView> kotas = List.of();
    private List<RegionView> kecamatans = List.of();
    private List<RegionView> kelurahans = List.of();

    @PostConstruct
    void init() {
        provinces = regions.provinces();
        if (provinces.size() == 1) {
            province = provinces.get(0).code();
            provinceChanged();
        }
    }

    public void provinceChanged() {
        kotas = children(province);
        kota = kotas.size() == 1 ? kotas.get(0).code() : null;
        kotaChanged();
    }

    public void kotaChanged() {
        kecamatans = children(kota);
        kecamatan = kecamatans.size() == 1 ? kecamatans.get(0).code() : null;
        kecamatanChanged();
    }

    public void kecamatanChanged() {
        kelurahans = children(kecamatan);
        kelurahan = kelurahans.size() == 1 ? kelurahans.get(0).code() : null;
    }

    private List<RegionView> children(String code) {
        return code == null || !RegionCode.isValid(code) ? List.of() : regions.children(RegionCode.of(code));
    }

    public void submit() throws IOException {
        try {
            registration.register(new RegistrationRequest(name, email, phone, password, passwordConfirmation, nik,
                    birthDate, kelurahan));
        } catch (InvalidInputException e) {
            Messages.show(e, FIELDS);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Messages.flashInfo("identity.register.done");
        external.redirect(external.getRequestContextPath() + "/login");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String passwordConfirmation) { this.passwordConfirmation = passwordConfirmation; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getKota() { return kota; }
    public void setKota(String kota) { this.kota = kota; }
    public String getKecamatan() { return kecamatan; }
    public void setKecamatan(String kecamatan) { this.kecamatan = kecamatan; }
    public String getKelurahan() { return kelurahan; }
    public void setKelurahan(String kelurahan) { this.kelurahan = kelurahan; }
    public List<RegionView> getProvinces() { return provinces; }
    public List<RegionView> getKotas() { return kotas; }
    public List<RegionView> getKecamatans() { return kecamatans; }
    public List<RegionView> getKelurahans() { return kelurahans; }
}
