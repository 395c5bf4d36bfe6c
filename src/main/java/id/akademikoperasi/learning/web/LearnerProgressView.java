package id.akademikoperasi.learning.web;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.catalog.application.CatalogViews.CourseOutline;
import id.akademikoperasi.catalog.application.CatalogViews.LessonLink;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.ProgressGrid;
import id.akademikoperasi.learning.application.ProgressGrid.GridPage;
import id.akademikoperasi.learning.application.ProgressGrid.OverrideLine;
import id.akademikoperasi.learning.application.ProgressGrid.RegionOption;
import id.akademikoperasi.learning.domain.LessonStatus;
import id.akademikoperasi.learning.infrastructure.ProgressExport;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /trainer/progress?kode=KOP-01}: learners × lessons of a course the trainer teaches, filtered by
 * kecamatan/kelurahan, 50 a page, exported as CSV or XLSX; and a trainer's correction of a status with its reason.
 */
@Named
@ViewScoped
public class LearnerProgressView implements Serializable {

    static final int PAGE_SIZE = 50;

    @Inject
    private transient ProgressGrid grid;

    @Inject
    private transient CatalogService catalog;

    @Inject
    private transient CurrentUser currentUser;

    private String kode;
    private String region;
    private int first;
    private GridPage page;
    private List<String> lessonTitles = List.of();
    private List<RegionOption> regions = List.of();
    private List<CourseCard> courses;

    private Long overrideEnrolment;
    private Integer overrideLesson;
    private String overrideStatus = LessonStatus.COMPLETED.name();
    private String overrideReason;
    private List<OverrideLine> history = List.of();

    public void load() {
        if (kode == null || kode.isBlank() || !catalog.teaches(currentUser.require(), kode)) {
            kode = null;
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        CourseOutline outline = catalog.outline(kode, locale).orElse(null);
        lessonTitles = outline == null ? List.of()
                : outline.modules().stream().flatMap(m -> m.lessons().stream()).map(LessonLink::title).toList();
        regions = grid.regions(currentUser.require(), kode);
        refresh();
    }

    public void refresh() {
        page = grid.page(currentUser.require(), kode, region, first, PAGE_SIZE);
    }

    public void filter() {
        first = 0;
        refresh();
    }

    public void next() {
        if (first + PAGE_SIZE < page.total()) {
            first += PAGE_SIZE;
            refresh();
        }
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        refresh();
    }

    public void override() {
        try {
            grid.override(currentUser.require(), overrideEnrolment == null ? 0 : overrideEnrolment, overrideLesson,
                    overrideStatus == null ? null : LessonStatus.valueOf(overrideStatus), overrideReason);
            Messages.info("learning.override.saved");
            history = grid.overrides(currentUser.require(), overrideEnrolment);
            overrideReason = null;
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("reason", "override:reason", "status", "override:status", "lesson", "override:lesson"));
        } catch (id.akademikoperasi.shared.domain.NotFoundException e) {
            Messages.error("learning.enrolment.notFound");
        }
    }

    public void showHistory() {
        history = overrideEnrolment == null ? List.of() : grid.overrides(currentUser.require(), overrideEnrolment);
    }

    public void exportCsv() throws IOException {
        export("text/csv; charset=UTF-8", ".csv", out -> ProgressExport.csv(sheet(), out));
    }

    public void exportXlsx() throws IOException {
        export("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx",
                out -> ProgressExport.xlsx(sheet(), out));
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private void export(String type, String extension, Writer writer) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"kemajuan-" + kode
                + (region == null || region.isEmpty() ? "" : "-" + region) + extension + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        writer.write(external.getResponseOutputStream());
        faces.responseComplete();
    }

    private ProgressExport.Sheet sheet() {
        Actor actor = currentUser.require();
        List<String> headings = new ArrayList<>(List.of(Messages.text("learning.grid.name"), Messages.text("learning.grid.koperasi"),
                Messages.text("learning.grid.kelurahan"), Messages.text("learning.grid.lessons"), Messages.text("learning.grid.exam"),
                Messages.text("learning.grid.completed"), Messages.text("learning.grid.minutes")));
        for (int i = 0; i < lessonTitles.size(); i++) {
            headings.add((i + 1) + ". " + lessonTitles.get(i));
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return new ProgressExport.Sheet(kode, headings, lessonTitles.size(),
                s -> Messages.text(locale, "learning.status." + s.name()),
                sink -> grid.forEachRow(actor, kode, region, sink));
    }

    /** The courses the trainer follows, for the course picker. */
    public List<CourseCard> getCourses() {
        if (courses == null) {
            Actor actor = currentUser.require();
            courses = catalog.search(null, null, FacesContext.getCurrentInstance().getViewRoot().getLocale()).stream()
                    .filter(c -> catalog.teaches(actor, c.code())).toList();
        }
        return courses;
    }

    /** A compact mark for a lesson cell. */
    public String mark(LessonStatus status) {
        return switch (status) {
            case COMPLETED -> "\u2713";
            case IN_PROGRESS -> "\u25D0";
            case NOT_STARTED -> "\u00B7";
        };
    }

    public List<Integer> getLessonNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= Math.max(lessonTitles.size(), page == null ? 0 : page.lessonColumns()); i++) {
            numbers.add(i);
        }
        return numbers;
    }

    public String lessonTitle(int no) {
        return no <= lessonTitles.size() ? lessonTitles.get(no - 1) : String.valueOf(no);
    }

    public int getFirstShown() { return page == null || page.total() == 0 ? 0 : first + 1; }
    public long getLastShown() { return page == null ? 0 : Math.min(first + PAGE_SIZE, page.total()); }
    public boolean isHasNext() { return page != null && first + PAGE_SIZE < page.total(); }
    public boolean isHasPrevious() { return first > 0; }
    public GridPage getPage() { return page; }
    public List<RegionOption> getRegions() { return regions; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public Long getOverrideEnrolment() { return overrideEnrolment; }
    public void setOverrideEnrolment(Long overrideEnrolment) { this.overrideEnrolment = overrideEnrolment; }
    public Integer getOverrideLesson() { return overrideLesson; }
    public void setOverrideLesson(Integer overrideLesson) { this.overrideLesson = overrideLesson; }
    public String getOverrideStatus() { return overrideStatus; }
    public void setOverrideStatus(String overrideStatus) { this.overrideStatus = overrideStatus; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public List<OverrideLine> getHistory() { return history; }
    public List<String> getLessonTitles() { return lessonTitles; }
}
