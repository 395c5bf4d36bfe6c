package id.akademikoperasi.learning.web;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.learning.application.TrainingSessions;
import id.akademikoperasi.learning.application.TrainingSessions.ScheduleRequest;
import id.akademikoperasi.learning.application.TrainingSessions.SessionRow;
import id.akademikoperasi.learning.domain.session.SessionKind;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code /organise/sessions}: the face-to-face sessions an organiser holds, and the form to schedule one (kind,
 * title, course or scheme, region, place, time, capacity, the koperasi invited).
 */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("kind", "schedule:kind", "title", "schedule:title",
            "course", "schedule:course", "scheme", "schedule:scheme", "region", "schedule:region", "place", "schedule:place",
            "start", "schedule:start", "end", "schedule:end", "capacity", "schedule:capacity", "koperasi", "schedule:koperasi");

    @Inject
    private transient TrainingSessions sessions;

    @Inject
    private transient CatalogService catalog;

    @Inject
    private transient CurrentUser currentUser;

    private List<SessionRow> rows = List.of();
    private List<RegionView> regions = List.of();
    private List<CourseCard> courses = List.of();
    private List<KoperasiView> koperasi = List.of();

    private String kind = SessionKind.PELATIHAN.name();
    private String title;
    private String course;
    private String scheme;
    private String region;
    private String place;
    private LocalDateTime start;
    private LocalDateTime end;
    private Integer capacity = 40;
    private List<String> invited = new ArrayList<>();

    public void load() {
        rows = sessions.organisedBy(currentUser.require());
        regions = sessions.regionsFor(currentUser.require());
        courses = catalog.search(null, null, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Another region: the koperasi it holds, all invited at first. */
    public void regionChanged() {
        koperasi = sessions.koperasiIn(region);
        invited = new ArrayList<>(koperasi.stream().map(k -> String.valueOf(k.id())).toList());
    }

    public void schedule() {
        try {
            LinkedHashSet<Long> ids = new LinkedHashSet<>();
            invited.forEach(i -> ids.add(Long.valueOf(i)));
            long id = sessions.schedule(currentUser.require(), new ScheduleRequest(kind == null ? null : SessionKind.valueOf(kind),
                    title, course, scheme, region, place, start, end, capacity, ids));
            Messages.info("learning.session.scheduled", title);
            title = place = scheme = null;
            start = end = null;
            rows = sessions.organisedBy(currentUser.require());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/organise/session?id=" + id);
        } catch (InvalidInputException e) {
            Messages.show(e, FIELDS);
        } catch (id.akademikoperasi.shared.domain.AccessDeniedException e) {
            Messages.error("learning.session.kindNotAllowed");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public SessionKind[] getKinds() { return SessionKind.values(); }
    public List<SessionRow> getRows() { return rows; }
    public List<RegionView> getRegions() { return regions; }
    public List<CourseCard> getCourses() { return courses; }
    public List<KoperasiView> getKoperasi() { return koperasi; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getScheme() { return scheme; }
    public void setScheme(String scheme) { this.scheme = scheme; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public LocalDateTime getEnd() { return end; }
    public void setEnd(LocalDateTime end) { this.end = end; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public List<String> getInvited() { return invited; }
    public void setInvited(List<String> invited) { this.invited = invited; }
}
