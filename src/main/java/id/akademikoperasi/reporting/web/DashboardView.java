package id.akademikoperasi.reporting.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.reporting.application.Dashboard;
import id.akademikoperasi.reporting.application.Dashboards;
import id.akademikoperasi.reporting.domain.Figures;
import id.akademikoperasi.reporting.infrastructure.DashboardFiles;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The office dashboard ({@code /office/dashboard?wilayah=64.74}): one level of regions at a time, drilled down by
 * links, with a bar chart of board readiness per region below, a line chart of certificates per month, the tables
 * by course and scheme, and the level as CSV, XLSX or a PDF summary.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final String[] COLOURS = {"#b91c1c", "#1d4ed8", "#047857", "#a16207", "#6d28d9"};

    @Inject
    private Dashboards dashboards;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private String wilayah;
    private Dashboard dashboard;
    /** When the figures on the page (and so in its exports) were read: the PDF says "as of" this moment. */
    private java.time.Instant countedAt;
    private boolean denied;

    /** Called by f:viewAction after the parameter is set. */
    public void load() {
        var actor = currentUser.require();
        String code = wilayah;
        if (code == null || code.isBlank()) {
            List<String> roots = dashboards.roots(actor);
            code = roots.isEmpty() ? null : roots.getFirst();
        } else if (!RegionCode.isValid(code.strip())) {
            code = null;
        }
        if (code == null) {
            denied = true;
            return;
        }
        try {
            dashboard = dashboards.at(actor, code, locale());
            countedAt = clock.instant();
        } catch (AccessDeniedException | NotFoundException e) {
            denied = true;   // the page says so in its own notice
        }
    }

    /** Whether the officer may open this region's dashboard: the breadcrumb links only those, above them plain text. */
    public boolean reachable(String regionCode) {
        return currentUser.require().can(Role.VERIFIER, regionCode);
    }

    public boolean isRowLink(Figures row) {
        return dashboard.rowsDrillable();
    }

    /** Chart.js configuration of the bar chart: per region one level down, the share of board seats covered and of ready koperasi. */
    public String getReadinessChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder seats = Json.createArrayBuilder();
        JsonArrayBuilder ready = Json.createArrayBuilder();
        for (Figures f : dashboard.rows()) {
            labels.add(f.name());
            seats.add(f.readinessPercent());
            ready.add(f.readyPercent());
        }
        JsonObjectBuilder data = Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Messages.text("reporting.chart.seatsCovered")).add("data", seats)
                        .add("backgroundColor", COLOURS[0]))
                .add(Json.createObjectBuilder().add("label", Messages.text("reporting.chart.readyKoperasi")).add("data", ready)
                        .add("backgroundColor", COLOURS[1])));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("animation", false)
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)));
        return Json.createObjectBuilder().add("type", "bar").add("data", data).add("options", options).build().toString();
    }

    /** Chart.js configuration of the line chart: certificates issued per month, one line per scheme. */
    public String getMonthlyChart() {
        Map<String, Map<String, Long>> months = dashboard.issuedByMonth();
        TreeSet<String> schemes = new TreeSet<>();
        months.values().forEach(m -> schemes.addAll(m.keySet()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.keySet().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (String scheme : schemes) {
            JsonArrayBuilder points = Json.createArrayBuilder();
            months.values().forEach(m -> points.add(m.getOrDefault(scheme, 0L)));
            String name = dashboard.schemes().stream().filter(s -> s.code().equals(scheme)).map(Dashboard.Scheme::name)
                    .findFirst().orElse(scheme);
            datasets.add(Json.createObjectBuilder().add("label", name).add("data", points).add("fill", false)
                    .add("borderColor", COLOURS[i++ % COLOURS.length]).add("tension", 0));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                // counts of certificates: straight lines from zero, whole numbers on the axis (a smoothed curve
                // dipped below zero and peaked at 1.65 between two months of 1 and 2)
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** How many months the monthly chart covers. */
    public int getMonths() {
        return Dashboards.MONTHS;
    }

    public boolean isHasMonths() {
        return !dashboard.issuedByMonth().isEmpty();
    }

    public void exportCsv() throws IOException {
        download("text/csv; charset=UTF-8", ".csv", out -> DashboardFiles.csv(dashboard, locale(), out));
    }

    public void exportXlsx() throws IOException {
        download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx",
                out -> DashboardFiles.xlsx(dashboard, locale(), out));
    }

    public void exportPdf() throws IOException {
        download("application/pdf", ".pdf", out -> out.write(DashboardFiles.pdf(dashboard, locale(), countedAt)));
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private void download(String type, String extension, Writer writer) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        String name = "dasbor-" + (dashboard.code().isEmpty() ? "indonesia" : dashboard.code());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + extension + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        writer.write(external.getResponseOutputStream());
        faces.responseComplete();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getWilayah() { return wilayah; }
    public void setWilayah(String wilayah) { this.wilayah = wilayah; }
    public Dashboard getDashboard() { return dashboard; }
    public boolean isDenied() { return denied; }
}
