package id.akademikoperasi.nomination.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.nomination.application.ElectionViews.BoardSeat;
import id.akademikoperasi.nomination.application.ElectionViews.Notice;
import id.akademikoperasi.nomination.application.NominationService;
import id.akademikoperasi.organisation.application.KoperasiView;
import id.akademikoperasi.organisation.application.MembershipService;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The sitting board where people look for it: on the member's home page (their own koperasi, with their
 * nomination notices) and for DKUMPP on {@code /office/board?wilayah=<kelurahan code>}.
 */
@Named
@RequestScoped
public class BoardView {

    @Inject
    private NominationService nominations;

    @Inject
    private MembershipService memberships;

    @Inject
    private RegionDirectory regions;

    @Inject
    private CurrentUser currentUser;

    private String wilayah;
    private KoperasiView koperasi;
    private List<BoardSeat> board;

    /** The board of the member's own koperasi. */
    public List<BoardSeat> getOwn() {
        if (board == null) {
            board = memberships.activeKoperasiOf(currentUser.require().accountId())
                    .map(k -> nominations.board(currentUser.require(), k.value())).orElse(List.of());
        }
        return board;
    }

    public List<Notice> getNotices() {
        return nominations.noticesForMember(currentUser.require());
    }

    public String notice(Notice n) {
        return NominationTexts.notice(n);
    }

    /** For the office page: the koperasi of the kelurahan in {@link #wilayah}, when the officer may see it. */
    public void loadOffice() {
        try {
            Optional<KoperasiView> k = wilayah == null || wilayah.isBlank() ? Optional.empty()
                    : regions.koperasiOfVillage(RegionCode.of(wilayah.strip()));
            if (k.isPresent()) {
                board = nominations.board(currentUser.require(), k.get().id());
                koperasi = k.get();
            }
        } catch (IllegalArgumentException | AccessDeniedException e) {
            koperasi = null;
        }
        if (koperasi == null) {
            board = List.of();
        }
    }

    public List<BoardSeat> getBoard() { return board; }
    public KoperasiView getKoperasi() { return koperasi; }
    public String getWilayah() { return wilayah; }
    public void setWilayah(String wilayah) { this.wilayah = wilayah; }
}
