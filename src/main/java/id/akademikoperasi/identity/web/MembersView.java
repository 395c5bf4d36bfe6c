package id.akademikoperasi.identity.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.identity.application.MemberDirectory;
import id.akademikoperasi.identity.application.MemberRow;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.domain.KoperasiId;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The secretariat's member list: search by name, paged on the database. */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient MemberDirectory directory;

    @Inject
    private transient CurrentUser currentUser;

    private List<KoperasiView> managed = List.of();
    private Long koperasiId;
    private String search;
    private LazyDataModel<MemberRow> members;

    @PostConstruct
    void init() {
        managed = directory.managedBy(currentUser.require());
        if (!managed.isEmpty()) {
            koperasiId = managed.get(0).id();
        }
        members = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return koperasiId == null ? 0
                        : (int) directory().count(currentUser().require(), KoperasiId.of(koperasiId), search);
            }

            @Override
            public List<MemberRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return koperasiId == null ? List.of()
                        : directory().page(currentUser().require(), KoperasiId.of(koperasiId), search, first, pageSize);
            }

            @Override
            public String getRowKey(MemberRow row) {
                return String.valueOf(row.accountId());
            }
        };
    }

    // the view outlives a request: look the request-scoped beans up again after deserialisation
    private MemberDirectory directory() {
        if (directory == null) {
            directory = jakarta.enterprise.inject.spi.CDI.current().select(MemberDirectory.class).get();
        }
        return directory;
    }

    private CurrentUser currentUser() {
        if (currentUser == null) {
            currentUser = jakarta.enterprise.inject.spi.CDI.current().select(CurrentUser.class).get();
        }
        return currentUser;
    }

    public void setMembershipActive(long accountId, boolean active) {
        memberships().setActive(currentUser().require(), accountId, active);
        id.akademikoperasi.shared.web.Messages.info(active ? "coop.members.reinstated" : "coop.members.ended");
    }

    private id.akademikoperasi.organisation.application.MembershipService memberships() {
        return jakarta.enterprise.inject.spi.CDI.current().select(id.akademikoperasi.organisation.application.MembershipService.class).get();
    }

    public KoperasiView getKoperasi() {
        return managed.stream().filter(k -> koperasiId != null && k.id() == koperasiId).findFirst().orElse(null);
    }

    public List<KoperasiView> getManaged() { return managed; }
    public Long getKoperasiId() { return koperasiId; }
    public void setKoperasiId(Long koperasiId) { this.koperasiId = koperasiId; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public LazyDataModel<MemberRow> getMembers() { return members; }
}
