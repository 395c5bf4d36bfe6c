package id.akademikoperasi.nomination.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.nomination.application.ElectionViews.BoardSeat;
import id.akademikoperasi.nomination.application.ElectionViews.ElectionLine;
import id.akademikoperasi.nomination.application.ElectionViews.Notice;
import id.akademikoperasi.nomination.application.NominationService;
import id.akademikoperasi.nomination.domain.ElectionKind;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The secretariat's elections: its koperasi's sitting board and notices, the elections, and a form to plan one. */
@Named
@ViewScoped
public class ElectionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NominationService nominations;

    @Inject
    private CurrentUser currentUser;

    private KoperasiView koperasi;
    private List<ElectionLine> elections = List.of();
    private List<BoardSeat> board = List.of();
    private List<Notice> notices = List.of();

    private ElectionKind kind = ElectionKind.MUSYAWARAH_KELURAHAN_KHUSUS;
    private LocalDate date;
    private String place;
    private int furtherPengurus;
    private int pengawas = 3;
    private int manajer = 1;

    @PostConstruct
    void init() {
        List<KoperasiView> managed = nominations.managedBy(currentUser.require());
        koperasi = managed.isEmpty() ? null : managed.getFirst();
        refresh();
    }

    private void refresh() {
        if (koperasi != null) {
            elections = nominations.elections(currentUser.require(), koperasi.id());
            board = nominations.board(currentUser.require(), koperasi.id());
            notices = nominations.noticesForKoperasi(currentUser.require(), koperasi.id());
        }
    }

    public void plan() throws IOException {
        try {
            long id = nominations.plan(currentUser.require(), koperasi.id(), kind, date, place, furtherPengurus, pengawas, manajer);
            Messages.flashInfo("nomination.election.created");
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/coop/election?id=" + id);
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("kind", "plan:kind", "date", "plan:date", "place", "plan:place", "seats", "plan:seats"));
        }
    }

    public String notice(Notice n) {
        return NominationTexts.notice(n);
    }

    public List<ElectionKind> getKinds() { return List.of(ElectionKind.values()); }
    public List<Integer> getFurtherChoices() { return List.of(0, 2, 4); }
    public List<Integer> getPengawasChoices() { return List.of(0, 1, 2, 3); }
    public List<Integer> getManajerChoices() { return List.of(0, 1, 2, 3, 4, 5, 6, 7); }

    public KoperasiView getKoperasi() { return koperasi; }
    public List<ElectionLine> getElections() { return elections; }
    public List<BoardSeat> getBoard() { return board; }
    public List<Notice> getNotices() { return notices; }
    public ElectionKind getKind() { return kind; }
    public void setKind(ElectionKind kind) { this.kind = kind; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public int getFurtherPengurus() { return furtherPengurus; }
    public void setFurtherPengurus(int furtherPengurus) { this.furtherPengurus = furtherPengurus; }
    public int getPengawas() { return pengawas; }
    public void setPengawas(int pengawas) { this.pengawas = pengawas; }
    public int getManajer() { return manajer; }
    public void setManajer(int manajer) { this.manajer = manajer; }
}
