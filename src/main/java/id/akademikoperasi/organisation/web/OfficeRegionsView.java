package id.akademikoperasi.organisation.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.application.RegionOverview;
import id.akademikoperasi.organisation.application.RegionStat;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.domain.RegionLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The DKUMPP officer's home: the regions they oversee, drilled down one level at a time ({@code ?wilayah=}). */
@Named
@RequestScoped
public class OfficeRegionsView {

    @Inject
    private RegionOverview overview;

    @Inject
    private RegionDirectory directory;

    @Inject
    private CurrentUser currentUser;

    private String wilayah;
    private List<RegionView> roots;
    private RegionView current;
    private List<RegionView> path = List.of();
    private List<RegionStat> stats = List.of();

    /** Called by f:viewAction after the parameter is set. */
    public void load() {
        roots = overview.regionsOf(currentUser.require());
        String chosen = wilayah != null && RegionCode.isValid(wilayah) ? wilayah
                : roots.isEmpty() ? null : roots.get(0).code();
        if (chosen == null) {
            return;
        }
        RegionCode code = RegionCode.of(chosen);
        current = directory.find(code).orElse(null);
        if (current == null) {
            return;
        }
        path = directory.path(code);
        if (code.level() != RegionLevel.KELURAHAN_DESA) {
            stats = overview.breakdown(currentUser.require(), code);
        }
    }

    public long getTotalKoperasi() {
        return stats.stream().mapToLong(RegionStat::koperasi).sum();
    }

    public long getTotalMembers() {
        return stats.stream().mapToLong(RegionStat::members).sum();
    }

    public boolean isDrillable(RegionStat stat) {
        return RegionCode.of(stat.code()).level() != RegionLevel.KELURAHAN_DESA;
    }

    public String getWilayah() { return wilayah; }
    public void setWilayah(String wilayah) { this.wilayah = wilayah; }
    public List<RegionView> getRoots() { return roots; }
    public RegionView getCurrent() { return current; }
    public List<RegionView> getPath() { return path; }
    public List<RegionStat> getStats() { return stats; }
}
