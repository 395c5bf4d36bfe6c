package id.akademikoperasi.learning.web;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.identity.application.MemberDirectory;
import id.akademikoperasi.identity.domain.AccountId;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.application.LearningService.EnrolCandidate;
import id.akademikoperasi.learning.application.LearningService.EnrolCount;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.organisation.domain.KoperasiId;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.domain.RegionLevel;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Grant;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /staff/enrol}: a trainer or a koperasi secretariat enrols the members of a koperasi in a published course,
 * all of them or a chosen list. A secretariat works on its own koperasi; a trainer walks down from the regions of
 * their grants (kecamatan, then kelurahan) to the koperasi. The services check the same again.
 */
@Named
@ViewScoped
public class BulkEnrolView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    static final String ALL = "ALL";
    static final String LIST = "LIST";

    /** One drop-down of the region walk: the regions to choose from and the one chosen. */
    public static final class RegionStep implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<RegionView> options;
        private String chosen;

        RegionStep(List<RegionView> options) {
            this.options = List.copyOf(options);
        }

        public List<RegionView> getOptions() { return options; }
        public String getChosen() { return chosen; }
        public void setChosen(String chosen) { this.chosen = chosen; }

        /** The level of the regions offered, for the label; {@code null} when grants of several levels are mixed. */
        public String getLevel() {
            return options.stream().map(r -> r.level().name()).distinct().count() == 1 ? options.getFirst().level().name() : null;
        }

        RegionView chosenRegion() {
            return options.stream().filter(r -> r.code().equals(chosen)).findFirst().orElse(null);
        }
    }

    @Inject
    private LearningService learning;

    @Inject
    private CatalogService catalog;

    @Inject
    private RegionDirectory regions;

    @Inject
    private MemberDirectory members;

    @Inject
    private CurrentUser currentUser;

    private List<CourseCard> courses = List.of();
    private boolean walksRegions;
    private List<KoperasiView> managed = List.of();
    private final List<RegionStep> steps = new ArrayList<>();

    private String kode;
    private Long koperasiId;
    private KoperasiView koperasi;
    private String mode = LIST;

    private String search;
    private int first;
    private List<EnrolCandidate> candidates = List.of();
    private EnrolCount matching;
    private EnrolCount whole;
    private final Map<String, Boolean> picked = new HashMap<>();

    @PostConstruct
    void init() {
        Actor actor = currentUser.require();
        courses = catalog.search(null, null, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        walksRegions = actor.has(Role.TRAINER) || actor.has(Role.SYSADMIN);
        if (walksRegions) {
            steps.add(new RegionStep(roots(actor)));
            descend(0);
        } else {
            managed = members.managedBy(actor);
            if (!managed.isEmpty()) {
                chooseKoperasi(managed.getFirst());
            }
        }
    }

    /** The regions of the trainer's grants; everywhere (or an admin) starts from the provinces. */
    private List<RegionView> roots(Actor actor) {
        List<String> scopes = actor.scopesOf(Role.TRAINER);
        if (actor.has(Role.SYSADMIN) || scopes.isEmpty() || scopes.contains(Grant.EVERYWHERE)) {
            return regions.provinces();
        }
        return scopes.stream().filter(RegionCode::isValid).distinct()
                .flatMap(scope -> regions.find(RegionCode.of(scope)).stream())
                .sorted(Comparator.comparing(RegionView::name)).toList();
    }

    /** After step {@code index} changed: forget what lay below it, and offer the next level (or take the koperasi). */
    public void regionChosen(int index) {
        while (steps.size() > index + 1) {
            steps.removeLast();
        }
        chooseKoperasi(null);
        descend(index);
    }

    /** Where a step has a single option it is taken at once: a trainer of one city starts at its kecamatan. */
    private void descend(int index) {
        RegionStep step = steps.get(index);
        if (step.getChosen() == null && step.getOptions().size() == 1) {
            step.setChosen(step.getOptions().getFirst().code());
        }
        RegionView region = step.chosenRegion();
        if (region == null) {
            return;
        }
        if (region.level() == RegionLevel.KELURAHAN_DESA) {
            chooseKoperasi(regions.koperasiOfVillage(RegionCode.of(region.code())).orElse(null));
            return;
        }
        List<RegionView> children = regions.children(RegionCode.of(region.code()));
        if (!children.isEmpty()) {
            steps.add(new RegionStep(children));
            descend(steps.size() - 1);
        }
    }

    /** The secretariat of several koperasi switches between them. */
    public void managedChosen() {
        chooseKoperasi(managed.stream().filter(k -> koperasiId != null && k.id() == koperasiId).findFirst().orElse(null));
    }

    private void chooseKoperasi(KoperasiView chosen) {
        if (!Objects.equals(chosen, koperasi)) {
            picked.clear();
        }
        koperasi = chosen;
        koperasiId = chosen == null ? null : chosen.id();
        search = null;
        first = 0;
        refresh();
    }

    public void courseChosen() {
        if (kode != null && courses.stream().noneMatch(c -> c.code().equals(kode))) {
            kode = null;
        }
        first = 0;
        refresh();
    }

    public void find() {
        first = 0;
        refresh();
    }

    public void next() {
        if (isHasNext()) {
            first += PAGE_SIZE;
            refresh();
        }
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        refresh();
    }

    private void refresh() {
        if (!isReady()) {
            candidates = List.of();
            matching = null;
            whole = null;
            return;
        }
        Actor actor = currentUser.require();
        KoperasiId id = KoperasiId.of(koperasiId);
        whole = learning.enrolCount(actor, kode, id, "");
        matching = search == null || search.isBlank() ? whole : learning.enrolCount(actor, kode, id, search);
        candidates = learning.enrolCandidates(actor, kode, id, search, first, PAGE_SIZE);
    }

    public void enrol() {
        if (kode == null) {
            Messages.error("learning.enrol.chooseCourse");
            return;
        }
        if (koperasi == null) {
            Messages.error("learning.enrol.chooseKoperasi");
            return;
        }
        Actor actor = currentUser.require();
        KoperasiId id = KoperasiId.of(koperasiId);
        try {
            int added;
            long already;
            if (ALL.equals(mode)) {
                added = learning.enrolKoperasi(actor, kode, id);
                already = Math.max(0, learning.enrolCount(actor, kode, id, "").enrolled() - added);
            } else {
                List<AccountId> chosen = getPickedIds().stream().map(AccountId::of).toList();
                added = learning.enrolMembers(actor, kode, id, chosen);
                already = chosen.size() - added;
                picked.clear();
            }
            Messages.info("learning.enrol.done", added, already);
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        } catch (NotFoundException e) {
            Messages.error(e.messageKey());
        } catch (AccessDeniedException e) {
            Messages.error("learning.enrol.notAllowed");
        }
        refresh();
    }

    private List<Long> getPickedIds() {
        return picked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(e -> Long.valueOf(e.getKey())).sorted().toList();
    }

    public int getPickedCount() {
        return getPickedIds().size();
    }

    /** A course and a koperasi are chosen: members can be listed and enrolled. */
    public boolean isReady() {
        return kode != null && koperasiId != null;
    }

    public boolean isListMode() {
        return LIST.equals(mode);
    }

    public void modeChosen() {
        if (!ALL.equals(mode)) {
            mode = LIST;
        }
    }

    public int getFirstShown() { return matching == null || matching.members() == 0 ? 0 : first + 1; }
    public long getLastShown() { return matching == null ? 0 : Math.min(first + PAGE_SIZE, matching.members()); }
    public boolean isHasNext() { return matching != null && first + PAGE_SIZE < matching.members(); }
    public boolean isHasPrevious() { return first > 0; }

    public List<CourseCard> getCourses() { return courses; }
    public boolean isWalksRegions() { return walksRegions; }
    public List<KoperasiView> getManaged() { return managed; }
    public List<RegionStep> getSteps() { return steps; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode == null || kode.isBlank() ? null : kode; }
    public Long getKoperasiId() { return koperasiId; }
    public void setKoperasiId(Long koperasiId) { this.koperasiId = koperasiId; }
    public KoperasiView getKoperasi() { return koperasi; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<EnrolCandidate> getCandidates() { return candidates; }
    public EnrolCount getMatching() { return matching; }
    public EnrolCount getWhole() { return whole; }
    public Map<String, Boolean> getPicked() { return picked; }
}
