package id.akademikoperasi.organisation.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.organisation.application.RegionImporter;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.organisation.infrastructure.WilayahData;
import id.akademikoperasi.organisation.domain.RegionLevel;
import id.akademikoperasi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The system admin loads a province, or the whole country, from the official region data. */
@Named
@RequestScoped
public class RegionLoadView {

    public static final String ALL = "ALL";

    @Inject
    private RegionImporter importer;

    @Inject
    private CurrentUser currentUser;

    private String province;
    private List<RegionView> provinces;

    public List<RegionView> getAvailableProvinces() {
        if (provinces == null) {
            provinces = WilayahData.read(code -> code.level() == RegionLevel.PROVINSI).stream()
                    .map(e -> new RegionView(e.code().value(), e.name(), RegionLevel.PROVINSI)).toList();
        }
        return provinces;
    }

    public void load() {
        if (province == null || province.isBlank()) {
            Messages.error("organisation.load.choose");
            return;
        }
        RegionImporter.Result result = importer.load(currentUser.require(), ALL.equals(province) ? null : province);
        Messages.info("organisation.load.done", result.regionsAdded(), result.koperasiAdded());
    }

    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
}
