package id.akademikoperasi.certification.web;

import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.certification.application.SchemeAdministration;
import id.akademikoperasi.certification.application.SchemeAdministration.SchemeRow;
import id.akademikoperasi.certification.domain.Declaration;
import id.akademikoperasi.certification.domain.Scheme;
import id.akademikoperasi.certification.domain.SchemeTerms;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problems;
import id.akademikoperasi.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DualListModel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /admin/schemes}: the system admin's table of certification schemes and the form that defines a new one or
 * revises one. The form remembers the version it was filled in against, so two admins cannot overwrite each other.
 */
@Named
@ViewScoped
public class SchemesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("code", "scheme:code"),
            Map.entry("nameId", "scheme:nameId"), Map.entry("nameEn", "scheme:nameEn"),
            Map.entry("positions", "scheme:positions"), Map.entry("courses", "scheme:courses"),
            Map.entry("minExamPercent", "scheme:exam"), Map.entry("minAttendancePercent", "scheme:attendance"),
            Map.entry("declarations", "scheme:declarations"), Map.entry("validityMonths", "scheme:validity"),
            Map.entry("recertWindowMonths", "scheme:window"), Map.entry("reapplyWaitDays", "scheme:reapplyWait"));

    @Inject
    private SchemeAdministration administration;

    @Inject
    private CurrentUser currentUser;

    private List<SchemeRow> rows = List.of();
    /** Published course code → title, in the page's language. */
    private Map<String, String> courseTitles = Map.of();

    /** The scheme being revised, or {@code null} while defining a new one. */
    private String editing;
    private long editingVersion;
    private boolean editingWasActive;

    private String code;
    private String nameId;
    private String nameEn;
    private List<String> positions = new ArrayList<>();
    private DualListModel<String> courses = new DualListModel<>();
    private Integer exam;
    private Integer attendance;
    private List<String> declarations = new ArrayList<>();
    private Integer validity;
    private Integer window;
    private boolean twoOfficers;
    private Integer reapplyWait;
    private boolean active;

    @PostConstruct
    void init() {
        Map<String, String> titles = new LinkedHashMap<>();
        for (CourseCard c : administration.publishedCourses(currentUser.require(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale())) {
            titles.put(c.code(), c.title());
        }
        courseTitles = titles;
        reload();
        startNew();
    }

    /** An empty form with the programme's usual values (36 months, renewable in the last 6, 30 days' wait). */
    public void startNew() {
        editing = null;
        editingVersion = 0;
        code = nameId = nameEn = null;
        positions = new ArrayList<>();
        courses = new DualListModel<>(new ArrayList<>(courseTitles.keySet()), new ArrayList<>());
        exam = 70;
        attendance = null;
        declarations = new ArrayList<>(List.of(Declaration.DATA_TRUE.name()));
        validity = 36;
        window = 6;
        twoOfficers = false;
        reapplyWait = 30;
        active = true;
    }

    public void edit(String schemeCode) {
        try {
            fill(administration.find(currentUser.require(), schemeCode));
        } catch (NotFoundException e) {
            Messages.error(e.messageKey());
        }
    }

    public void save() {
        // the page marks these required; an empty one reaching here is still named, not a NullPointerException
        Problems missing = new Problems();
        Map.of("minExamPercent", exam == null, "validityMonths", validity == null, "recertWindowMonths", window == null,
                "reapplyWaitDays", reapplyWait == null).forEach((field, empty) -> {
            if (empty) {
                missing.add(field, "certification.scheme.number.required");
            }
        });
        if (!missing.isEmpty()) {
            Messages.show(new InvalidInputException(missing.list()), FIELDS);
            return;
        }
        SchemeTerms terms = new SchemeTerms(nameId, nameEn, List.copyOf(positions), List.copyOf(courses.getTarget()),
                exam, attendance, declarationSet(), validity, window, twoOfficers, reapplyWait);
        String saved = editing == null ? code : editing;
        try {
            if (editing == null) {
                administration.create(currentUser.require(), code, terms, active);
                Messages.info("certification.scheme.created", code);
            } else {
                administration.revise(currentUser.require(), editing, editingVersion, terms);
                if (active != editingWasActive) {
                    if (active) {
                        administration.activate(currentUser.require(), editing);
                    } else {
                        administration.deactivate(currentUser.require(), editing);
                    }
                }
                Messages.info("certification.scheme.revised", editing);
            }
            reload();
            edit(saved);
        } catch (InvalidInputException e) {
            Messages.show(e, FIELDS);
        } catch (NotFoundException e) {
            Messages.error(e.messageKey());
        }
    }

    /** From the table: take a scheme out of use, or offer it again, without opening the form. */
    public void switchActive(String schemeCode, boolean on) {
        try {
            if (on) {
                administration.activate(currentUser.require(), schemeCode);
            } else {
                administration.deactivate(currentUser.require(), schemeCode);
            }
            Messages.info(on ? "certification.scheme.activated" : "certification.scheme.deactivated", schemeCode);
            reload();
            if (schemeCode.equals(editing)) {
                edit(schemeCode);
            }
        } catch (NotFoundException e) {
            Messages.error(e.messageKey());
        }
    }

    private void fill(SchemeRow row) {
        SchemeTerms t = row.terms();
        editing = row.code();
        editingVersion = row.version();
        editingWasActive = row.active();
        code = row.code();
        nameId = t.nameId();
        nameEn = t.nameEn();
        positions = new ArrayList<>(t.positions());
        List<String> source = new ArrayList<>(courseTitles.keySet());
        source.removeAll(t.courses());
        courses = new DualListModel<>(source, new ArrayList<>(t.courses()));
        exam = t.minExamPercent();
        attendance = t.minAttendancePercent();
        declarations = new ArrayList<>(t.declarations().stream().sorted().map(Declaration::name).toList());
        validity = t.validityMonths();
        window = t.recertWindowMonths();
        twoOfficers = t.twoOfficerApproval();
        reapplyWait = t.reapplyWaitDays();
        active = row.active();
    }

    private Set<Declaration> declarationSet() {
        Set<Declaration> set = EnumSet.noneOf(Declaration.class);
        declarations.forEach(d -> set.add(Declaration.valueOf(d)));
        return set;
    }

    private void reload() {
        rows = administration.list(currentUser.require());
    }

    /** "KOP-01 Title" for the picker; a course no longer published shows its code only. */
    public String courseLabel(String courseCode) {
        String title = courseTitles.get(courseCode);
        return title == null ? courseCode : courseCode + " " + title;
    }

    public List<String> getKnownPositions() { return Scheme.POSITIONS; }
    public List<String> getKnownDeclarations() { return java.util.Arrays.stream(Declaration.values()).map(Declaration::name).toList(); }
    public List<SchemeRow> getRows() { return rows; }
    public boolean isEditingExisting() { return editing != null; }
    public String getEditing() { return editing; }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
    public String getNameId() { return nameId; }
    public void setNameId(String nameId) { this.nameId = nameId; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public List<String> getPositions() { return positions; }
    public void setPositions(List<String> positions) { this.positions = positions == null ? new ArrayList<>() : positions; }
    public DualListModel<String> getCourses() { return courses; }
    public void setCourses(DualListModel<String> courses) { this.courses = courses; }
    public Integer getExam() { return exam; }
    public void setExam(Integer exam) { this.exam = exam; }
    public Integer getAttendance() { return attendance; }
    public void setAttendance(Integer attendance) { this.attendance = attendance; }
    public List<String> getDeclarations() { return declarations; }
    public void setDeclarations(List<String> declarations) { this.declarations = declarations == null ? new ArrayList<>() : declarations; }
    public Integer getValidity() { return validity; }
    public void setValidity(Integer validity) { this.validity = validity; }
    public Integer getWindow() { return window; }
    public void setWindow(Integer window) { this.window = window; }
    public boolean isTwoOfficers() { return twoOfficers; }
    public void setTwoOfficers(boolean twoOfficers) { this.twoOfficers = twoOfficers; }
    public Integer getReapplyWait() { return reapplyWait; }
    public void setReapplyWait(Integer reapplyWait) { this.reapplyWait = reapplyWait; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
