package id.akademikoperasi.nomination.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.nomination.application.ElectionViews.KinshipLine;
import id.akademikoperasi.nomination.application.ElectionViews.MemberOption;
import id.akademikoperasi.nomination.application.ElectionViews.VillageOfficialLine;
import id.akademikoperasi.nomination.application.NominationService;
import id.akademikoperasi.nomination.domain.Kinship;
import id.akademikoperasi.nomination.domain.VillageOfficial;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the secretariat records for the nomination rules ({@code /coop/relations}): first-degree relations between
 * members, and members who are lurah/kepala desa, perangkat or BPD; each listed with a way to remove it.
 */
@Named
@ViewScoped
public class RelationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NominationService nominations;

    @Inject
    private CurrentUser currentUser;

    private KoperasiView koperasi;
    private List<KinshipLine> kinships = List.of();
    private List<VillageOfficialLine> officials = List.of();

    private final Pick first = new Pick();
    private final Pick second = new Pick();
    private Kinship.Relation relation;
    private final Pick official = new Pick();
    private VillageOfficial.Office office;

    /** A searchable pick-list of the koperasi's members; a search selects its first hit. */
    public class Pick implements Serializable {
        private static final long serialVersionUID = 1L;
        private String search;
        private List<MemberOption> options = List.of();
        private Long selected;

        public void find() {
            options = nominations.members(currentUser.require(), koperasi.id(), search);
            if (options.stream().noneMatch(o -> o.accountId() == (selected == null ? -1 : selected))) {
                selected = search == null || search.isBlank() || options.isEmpty() ? null : options.getFirst().accountId();
            }
        }

        public String getSearch() { return search; }
        public void setSearch(String search) { this.search = search; }
        public List<MemberOption> getOptions() { return options; }
        public Long getSelected() { return selected; }
        public void setSelected(Long selected) { this.selected = selected; }

        void clear() {
            search = null;
            selected = null;
            find();
        }
    }

    @PostConstruct
    void init() {
        List<KoperasiView> managed = nominations.managedBy(currentUser.require());
        koperasi = managed.isEmpty() ? null : managed.getFirst();
        if (koperasi != null) {
            first.find();   // the three pick-lists start from the same unfiltered list: read it once
            second.options = first.options;
            official.options = first.options;
            refresh();
        }
    }

    private void refresh() {
        kinships = nominations.kinships(currentUser.require(), koperasi.id());
        officials = nominations.villageOfficials(currentUser.require(), koperasi.id());
    }

    public void recordKinship() {
        try {
            nominations.recordKinship(currentUser.require(), koperasi.id(), first.selected, second.selected, relation);
            Messages.info("nomination.kinship.recorded");
            first.clear();
            second.clear();
            relation = null;
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("first", "kinship:first", "second", "kinship:second", "relation", "kinship:relation"));
        }
    }

    public void removeKinship(long accountA, long accountB) {
        try {
            nominations.removeKinship(currentUser.require(), koperasi.id(), accountA, accountB);
            Messages.info("nomination.kinship.removed");
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        }
        refresh();
    }

    public void recordOfficial() {
        try {
            nominations.recordVillageOfficial(currentUser.require(), koperasi.id(), official.selected, office);
            Messages.info("nomination.official.recorded");
            official.clear();
            office = null;
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("member", "official:member", "office", "official:office"));
        }
    }

    public void removeOfficial(long accountId) {
        try {
            nominations.removeVillageOfficial(currentUser.require(), koperasi.id(), accountId);
            Messages.info("nomination.official.removed");
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        }
        refresh();
    }

    public List<Kinship.Relation> getRelations() { return List.of(Kinship.Relation.values()); }
    public List<VillageOfficial.Office> getOffices() { return List.of(VillageOfficial.Office.values()); }

    public KoperasiView getKoperasi() { return koperasi; }
    public List<KinshipLine> getKinships() { return kinships; }
    public List<VillageOfficialLine> getOfficials() { return officials; }
    public Pick getFirst() { return first; }
    public Pick getSecond() { return second; }
    public Pick getOfficial() { return official; }
    public Kinship.Relation getRelation() { return relation; }
    public void setRelation(Kinship.Relation relation) { this.relation = relation; }
    public VillageOfficial.Office getOffice() { return office; }
    public void setOffice(VillageOfficial.Office office) { this.office = office; }
}
