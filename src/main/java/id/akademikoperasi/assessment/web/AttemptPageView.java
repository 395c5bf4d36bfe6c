package id.akademikoperasi.assessment.web;

import id.akademikoperasi.assessment.application.ExamService;
import id.akademikoperasi.assessment.application.ExamViews.AttemptView;
import id.akademikoperasi.assessment.application.ExamViews.QuestionView;
import id.akademikoperasi.assessment.domain.scoring.Response;
import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code /learn/attempt?id=…}: taking the exam on a phone. Each answer is sent to the server the moment it is
 * given (and shows "saved"); reloading, losing the connection or opening it on another phone shows the same
 * attempt with what was saved; when the time is up the page reloads and the server has submitted it.
 */
@Named
@ViewScoped
public class AttemptPageView implements Serializable {

    @Inject
    private transient ExamService exams;

    @Inject
    private transient CurrentUser currentUser;

    private Long id;
    private AttemptView attempt;

    /** Per question (slot): the value of its input as the page holds it. */
    private final Map<Integer, String> single = new HashMap<>();
    private final Map<Integer, String[]> many = new HashMap<>();
    private final Map<Integer, String> text = new HashMap<>();
    private final Map<Integer, Map<Integer, String>> matches = new HashMap<>();
    private final Map<Integer, Instant> savedAt = new HashMap<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            attempt = id == null ? null : exams.attempt(currentUser.require(), id, faces.getViewRoot().getLocale());
        } catch (NotFoundException e) {
            attempt = null;
        }
        if (attempt == null) {
            faces.getExternalContext().responseSendError(404, "attempt");
            faces.responseComplete();
            return;
        }
        for (QuestionView q : attempt.questions()) {
            matches.put(q.slot(), new HashMap<>());
            if (q.saved() != null) {
                fill(q, Response.fromStorage(q.saved()));
            }
        }
    }

    private void fill(QuestionView q, Response saved) {
        switch (saved) {
            case Response.Choices c when q.type().name().equals("MULTIPLE_CHOICE") ->
                    many.put(q.slot(), c.chosen().stream().map(String::valueOf).toArray(String[]::new));
            case Response.Choices c -> single.put(q.slot(), c.chosen().stream().findFirst().map(String::valueOf).orElse(null));
            case Response.Bool b -> single.put(q.slot(), String.valueOf(b.value()));
            case Response.Text t -> text.put(q.slot(), t.text());
            case Response.Number n -> text.put(q.slot(), n.typed());
            case Response.Matches m -> matches.put(q.slot(), new HashMap<>(m.rightForLeft()));
        }
    }

    /** The member changed the answer to question {@code slot}: saved at once. */
    public void save(int slot) {
        QuestionView q = attempt.questions().get(slot - 1);
        Response response = switch (q.type()) {
            case SINGLE_CHOICE -> single.get(slot) == null ? null : Response.Choices.of(Integer.valueOf(single.get(slot)));
            case MULTIPLE_CHOICE -> {
                Set<Integer> chosen = new LinkedHashSet<>();
                Arrays.stream(many.getOrDefault(slot, new String[0])).map(Integer::valueOf).forEach(chosen::add);
                yield new Response.Choices(chosen);
            }
            case TRUE_FALSE -> single.get(slot) == null ? null : new Response.Bool(Boolean.parseBoolean(single.get(slot)));
            case SHORT_ANSWER -> new Response.Text(text.getOrDefault(slot, ""));
            case NUMERIC -> new Response.Number(text.getOrDefault(slot, ""));
            case MATCHING -> {
                Map<Integer, String> given = new HashMap<>();
                matches.getOrDefault(slot, Map.of()).forEach((left, right) -> {
                    if (right != null && !right.isEmpty()) {
                        given.put(left, right);
                    }
                });
                yield new Response.Matches(given);
            }
            default -> null;
        };
        if (response == null) {
            return;
        }
        try {
            savedAt.put(slot, exams.save(currentUser.require(), id, slot, response));
        } catch (InvalidInputException e) {
            Messages.show(e, Map.of());
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add("setTimeout(function(){location.reload();},2500)");
        }
    }

    public String submit() {
        exams.submit(currentUser.require(), id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return "/learn/attempt?faces-redirect=true&id=" + id;
    }

    public boolean isSaved(int slot) {
        return savedAt.containsKey(slot) || attempt.questions().get(slot - 1).saved() != null;
    }

    public long getDeadlineMillis() {
        return attempt.deadlineAt().toEpochMilli();
    }

    /** Whether question {@code slot} was fully right, partly right or wrong (only after submission). */
    public String outcome(int slot) {
        var fraction = attempt.questions().get(slot - 1).fraction();
        if (!attempt.isSubmitted()) {
            return "";
        }
        if (fraction == null || fraction.signum() == 0) {
            return "WRONG";
        }
        return fraction.compareTo(java.math.BigDecimal.ONE) >= 0 ? "RIGHT" : "PARTLY";
    }

    public AttemptView getAttempt() { return attempt; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Map<Integer, String> getSingle() { return single; }
    public Map<Integer, String[]> getMany() { return many; }
    public Map<Integer, String> getText() { return text; }
    public Map<Integer, Map<Integer, String>> getMatches() { return matches; }
}
