package id.akademikoperasi.nomination.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.nomination.application.ElectionViews.CandidateList;
import id.akademikoperasi.nomination.application.ElectionViews.ElectionDetails;
import id.akademikoperasi.nomination.application.ElectionViews.MemberOption;
import id.akademikoperasi.nomination.application.ElectionViews.NominationLine;
import id.akademikoperasi.nomination.application.NominationService;
import id.akademikoperasi.nomination.domain.Failure;
import id.akademikoperasi.nomination.domain.Term;
import id.akademikoperasi.nomination.domain.Position;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One election for its secretariat ({@code /coop/election?id=}): put members forward and see the decision with
 * every reason, withdraw, the candidate list (also {@code /coop/candidates?id=}) and its PDF, and the result.
 */
@Named
@ViewScoped
public class ElectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NominationService nominations;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private ElectionDetails details;
    private CandidateList candidates;

    private String search;
    private List<MemberOption> options;
    private Long candidate;
    private Position position;
    private NominationLine decision;

    private final Map<Long, Boolean> elected = new HashMap<>();
    private LocalDate termStart;
    private LocalDate termEnd;

    public void load() throws IOException {
        try {
            if (id != null) {
                refresh();
            }
        } catch (NotFoundException | AccessDeniedException e) {
            details = null;
        }
        if (details == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "election");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (termStart == null) {
            termStart = details.election().date();
            termEnd = termStart.plusYears(Term.MAX_YEARS);
        }
    }

    /** The election again after a change; the candidate list and the member choices are read when a page asks. */
    private void refresh() {
        details = nominations.election(currentUser.require(), id);
        candidates = null;
    }

    public void findMembers() {
        options = nominations.members(currentUser.require(), details.election().koperasiId(), search);
        if (candidate == null && !options.isEmpty()) {
            candidate = options.getFirst().accountId();
        }
    }

    public void nominate() {
        if (candidate == null) {
            Messages.error("nomination.member.notFound");
            return;
        }
        try {
            decision = nominations.nominate(currentUser.require(), id, candidate, position);
            if (decision.accepted()) {
                Messages.info("nomination.accepted", decision.name());
            } else {
                Messages.error("nomination.refused", decision.name());
            }
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("position", "nominate:position", "candidate", "nominate:candidate"));
        }
    }

    public void withdraw(long nominationId) {
        try {
            nominations.withdraw(currentUser.require(), nominationId);
            Messages.info("nomination.withdrawn");
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
        }
    }

    public void recordResult() {
        List<Long> chosen = elected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
        try {
            nominations.recordResult(currentUser.require(), id, chosen, termStart, termEnd);
            Messages.info("nomination.result.recorded");
            refresh();
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of("term", "result:termEnd"));
        }
    }

    public String reason(Failure f) {
        return NominationTexts.failure(f);
    }

    public List<NominationLine> getAccepted() {
        return details.nominations().stream().filter(NominationLine::accepted).toList();
    }

    public String getPdfUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/elections/" + id + "/candidates.pdf";
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ElectionDetails getDetails() { return details; }
    /** The Daftar Calon, read only by the page that shows it. */
    public CandidateList getCandidates() {
        if (candidates == null && details != null) {
            candidates = nominations.candidates(currentUser.require(), id);
        }
        return candidates;
    }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    /** The members to choose from, read only by the election page's nominate form. */
    public List<MemberOption> getOptions() {
        if (options == null && details != null) {
            findMembers();
        }
        return options;
    }
    public Long getCandidate() { return candidate; }
    public void setCandidate(Long candidate) { this.candidate = candidate; }
    public Position getPosition() { return position; }
    public void setPosition(Position position) { this.position = position; }
    public NominationLine getDecision() { return decision; }
    public Map<Long, Boolean> getElected() { return elected; }
    public LocalDate getTermStart() { return termStart; }
    public void setTermStart(LocalDate termStart) { this.termStart = termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }
}
