package id.akademikoperasi.catalog.application;

import id.akademikoperasi.assessment.application.QuestionBankCheck;
import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.MatchPair;
import id.akademikoperasi.assessment.domain.bank.NumericAnswer;
import id.akademikoperasi.assessment.domain.bank.ParseResult;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.bank.QuestionType;
import id.akademikoperasi.assessment.domain.bank.TrueFalseAnswer;
import id.akademikoperasi.catalog.application.BankViews.AnswerLine;
import id.akademikoperasi.catalog.application.BankViews.BankCheck;
import id.akademikoperasi.catalog.application.BankViews.BankPreview;
import id.akademikoperasi.catalog.application.BankViews.BankRow;
import id.akademikoperasi.catalog.application.BankViews.CategoryOption;
import id.akademikoperasi.catalog.application.BankViews.ExamForm;
import id.akademikoperasi.catalog.application.BankViews.ProblemRow;
import id.akademikoperasi.catalog.application.BankViews.QuestionPreview;
import id.akademikoperasi.catalog.application.BankViews.Tally;
import id.akademikoperasi.catalog.domain.CourseVersion;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.LessonQuiz;
import id.akademikoperasi.catalog.domain.Lesson;
import id.akademikoperasi.catalog.domain.QuestionBankSource;
import id.akademikoperasi.catalog.domain.ReviewPolicy;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.domain.Problem;
import id.akademikoperasi.shared.domain.Problems;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trainers bring question banks into a course's draft and set its final exam. A bank is checked first: its
 * problems come back with their lines, or a preview of every question; only a clean bank is saved, on the
 * trainer's word. The final exam draws from one of the draft's banks, never more questions than the bank (or
 * the chosen category) holds. The same people who may edit the draft's lessons may do this; every method checks.
 *
 * <pre>{@code
 * BankCheck check = banks.check(trainer, "USP-01", "Bank modul 1", null, giftText);  // format detected
 * if (check.isClean()) {
 *     banks.save(trainer, "USP-01", "Bank modul 1", null, giftText, false);       // questions/bank-modul-1.gift
 * }
 * banks.saveFinalExam(trainer, "USP-01", new ExamInput("Ujian Akhir", null, "questions/bank-modul-1.gift",
 *         10, 70, 20, 3, 10, ReviewPolicy.AFTER_PASS, null));
 * }</pre>
 */
@ApplicationScoped
public class QuestionBankAuthoring {

    /** The largest bank, in bytes of UTF-8. */
    public static final int MAX_BYTES = BankFiles.MAX_BYTES;
    /** More banks than this in one course is a sign of a mistake, not of a big course. */
    public static final int MAX_BANKS = 20;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    private Drafts drafts;

    @Inject
    private QuestionBankCheck bankCheck;

    /**
     * The text of an uploaded bank file: refused when empty, over {@link #MAX_BYTES} or not UTF-8, with a
     * problem on the field {@code text}.
     */
    public String read(InputStream file) {
        try {
            return BankFiles.read(file, "text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public List<BankRow> banks(Actor actor, String code) {
        CourseVersion draft = drafts.editable(actor, code);
        String examBank = draft.finalExam().map(ExamSettings::bankPath).orElse(null);
        return draft.banks().stream()
                .sorted((a, b) -> a.path().compareTo(b.path()))
                .map(b -> new BankRow(b.path(), BankFiles.name(b.path()), b.format().name(),
                        parse(b.format(), b.source()).questions().size(), b.path().equals(examBank)))
                .toList();
    }

    /**
     * Reads a bank without saving it: every problem with its line, or a preview of every question.
     *
     * @param format {@code null} to tell GIFT from Aiken by the text
     * @throws InvalidInputException for the form's fields: {@code name}, {@code format}, {@code text}, or none
     *                               when the bank would leave the final exam short of questions
     */
    @Transactional
    public BankCheck check(Actor actor, String code, String name, QuestionBankSource.Format format, String text) {
        CourseVersion draft = drafts.editable(actor, code);
        Candidate candidate = candidate(name, format, text);
        ParseResult parsed = parse(candidate.format(), text);
        if (!parsed.isClean()) {
            return new BankCheck(candidate.path(), candidate.format().name(), parsed.problems().stream()
                    .map(p -> new ProblemRow(p.line(), p.messageKey(), p.arguments())).toList(), null);
        }
        requireExamStillFits(draft, candidate.path(), parsed.questions());
        return new BankCheck(candidate.path(), candidate.format().name(), List.of(),
                preview(draft, candidate.path(), candidate.format(), parsed.questions()));
    }

    /**
     * Saves a bank that reads without problems into the draft. A bank of the same name is replaced only when
     * {@code replace} says so; the final exam keeps drawing from it if it still holds enough questions.
     *
     * @return the bank's path
     */
    @Transactional
    public String save(Actor actor, String code, String name, QuestionBankSource.Format format, String text,
                       boolean replace) {
        CourseVersion draft = drafts.editable(actor, code);
        Candidate candidate = candidate(name, format, text);
        ParseResult parsed = parse(candidate.format(), text);
        if (!parsed.isClean()) {
            throw new InvalidInputException(Problem.of("text", "catalog.bank.hasProblems", parsed.problems().size()));
        }
        boolean exists = draft.bank(candidate.path()).isPresent();
        if (exists && !replace) {
            throw new InvalidInputException(Problem.of("name", "catalog.bank.exists", BankFiles.name(candidate.path())));
        }
        if (!exists && draft.banks().size() >= MAX_BANKS) {
            throw new InvalidInputException(Problem.of(null, "catalog.bank.tooMany", MAX_BANKS));
        }
        requireExamStillFits(draft, candidate.path(), parsed.questions());
        if (exists) {
            draft.replaceBank(candidate.path(), text);
        } else {
            draft.addBank(candidate.path(), candidate.format(), text);
        }
        StructuredLog.event("catalog.bank.saved", "actor", actor.accountId(), "course", code, "bank", candidate.path(),
                "questions", parsed.questions().size(), "replaced", exists);
        return candidate.path();
    }

    /** The preview of a bank of the draft. */
    @Transactional
    public BankPreview bank(Actor actor, String code, String path) {
        CourseVersion draft = drafts.editable(actor, code);
        QuestionBankSource bank = draft.bank(path).orElseThrow(() -> new NotFoundException("catalog.bank.notFound"));
        return preview(draft, path, bank.format(), parse(bank.format(), bank.source()).questions());
    }

    /** Removes a bank neither the final exam nor a lesson quiz draws from. */
    @Transactional
    public void delete(Actor actor, String code, String path) {
        CourseVersion draft = drafts.editable(actor, code);
        if (draft.bank(path).isEmpty()) {
            throw new NotFoundException("catalog.bank.notFound");
        }
        if (draft.finalExam().map(e -> e.bankPath().equals(path)).orElse(false)) {
            throw new InvalidInputException(Problem.of(null, "catalog.bank.usedByExam", BankFiles.name(path)));
        }
        draft.lessons().stream().filter(l -> l.quiz().map(q -> q.bankPath().equals(path)).orElse(false)).findFirst()
                .ifPresent(l -> {
                    throw new InvalidInputException(Problem.of(null, "catalog.bank.usedByQuiz", BankFiles.name(path),
                            l.title().id()));
                });
        draft.removeBank(path);
        StructuredLog.event("catalog.bank.deleted", "actor", actor.accountId(), "course", code, "bank", path);
    }

    /** The final exam's form: its settings, or suggestions for a new exam drawing from the first bank. */
    @Transactional
    public ExamForm examForm(Actor actor, String code) {
        CourseVersion draft = drafts.editable(actor, code);
        Optional<ExamSettings> exam = draft.finalExam();
        if (exam.isPresent()) {
            ExamSettings e = exam.get();
            return new ExamForm(true, draft.title().id(), draft.title().en(), e.title().id(), e.title().en(),
                    e.bankPath(), e.questionCount(), e.passMark(), e.timeLimitMinutes(), e.maxAttempts(),
                    e.waitMinutes(), e.reviewPolicy().name(), e.category());
        }
        Optional<QuestionBankSource> first = draft.banks().stream().min((a, b) -> a.path().compareTo(b.path()));
        int available = first.map(b -> bankCheck.drawable(parse(b.format(), b.source()).questions(), null)).orElse(10);
        // what the shipped curriculum asks: ten questions, 70 %, twenty minutes, three tries ten minutes apart
        return new ExamForm(false, draft.title().id(), draft.title().en(), null, null,
                first.map(QuestionBankSource::path).orElse(null), Math.max(1, Math.min(10, available)), 70, 20, 3, 10,
                ReviewPolicy.DEFAULT.name(), null);
    }

    /** The categories a final exam drawing from this bank of the draft can be limited to. */
    @Transactional
    public List<CategoryOption> categories(Actor actor, String code, String bankPath) {
        CourseVersion draft = drafts.editable(actor, code);
        Optional<QuestionBankSource> bank = bankPath == null ? Optional.empty() : draft.bank(bankPath);
        if (bank.isEmpty()) {
            return List.of();
        }
        List<ParsedQuestion> questions = parse(bank.get().format(), bank.get().source()).questions();
        return bankCheck.categories(questions).stream()
                .map(c -> new CategoryOption(c, bankCheck.drawable(questions, c))).toList();
    }

    /** Sets the draft's final exam; every problem is named on its field and nothing is written. */
    @Transactional
    public void saveFinalExam(Actor actor, String code, ExamInput input) {
        CourseVersion draft = drafts.editable(actor, code);
        Map<String, List<ParsedQuestion>> banks = new LinkedHashMap<>();
        for (QuestionBankSource b : draft.banks()) {
            banks.put(b.path(), parse(b.format(), b.source()).questions());
        }
        input.problems(banks, bankCheck).throwIfAny();
        ExamSettings settings = input.settings();
        draft.setFinalExam(settings);
        StructuredLog.event("catalog.exam.saved", "actor", actor.accountId(), "course", code, "bank",
                settings.bankPath(), "questions", settings.questionCount(), "review", settings.reviewPolicy().name());
    }

    /** The quiz of lesson {@code index} of the draft, if it has one. */
    @Transactional
    public Optional<LessonQuiz> lessonQuiz(Actor actor, String code, int index) {
        return lessonOf(drafts.editable(actor, code), index).quiz();
    }

    /**
     * Gives lesson {@code index} of the draft a quiz, or takes it away when no bank is chosen. Every problem is named
     * on its field and nothing is written.
     */
    @Transactional
    public void saveLessonQuiz(Actor actor, String code, int index, String bankPath, Integer questionCount,
                               Integer passMark, String category) {
        CourseVersion draft = drafts.editable(actor, code);
        Lesson lesson = lessonOf(draft, index);
        if (bankPath == null || bankPath.isBlank()) {
            draft.setLessonQuiz(lesson, null);
            StructuredLog.event("catalog.lessonQuiz.removed", "actor", actor.accountId(), "course", code, "lesson", index);
            return;
        }
        Problems problems = new Problems();
        Optional<QuestionBankSource> bank = draft.bank(bankPath);
        String chosenCategory = ExamSettings.normalCategory(category);
        if (bank.isEmpty()) {
            problems.add("quizBank", "catalog.bank.notFound");
        }
        if (questionCount == null || questionCount < 1 || questionCount > LessonQuiz.MAX_QUESTIONS) {
            problems.add("quizCount", "catalog.lessonQuiz.count", LessonQuiz.MAX_QUESTIONS);
        } else if (bank.isPresent()) {
            int drawable = bankCheck.drawable(parse(bank.get().format(), bank.get().source()).questions(), chosenCategory);
            if (drawable == 0 && chosenCategory != null) {
                problems.add("quizCategory", "catalog.lessonQuiz.categoryEmpty", chosenCategory);
            } else if (questionCount > drawable) {
                problems.add("quizCount", "catalog.lessonQuiz.tooFew", questionCount, drawable);
            }
        }
        if (passMark == null || passMark < 1 || passMark > 100) {
            problems.add("quizPassMark", "catalog.lessonQuiz.passMark");
        }
        problems.throwIfAny();
        draft.setLessonQuiz(lesson, new LessonQuiz(bankPath, questionCount, passMark, chosenCategory));
        StructuredLog.event("catalog.lessonQuiz.saved", "actor", actor.accountId(), "course", code, "lesson", index,
                "bank", bankPath, "questions", questionCount);
    }

    private static Lesson lessonOf(CourseVersion draft, int index) {
        List<Lesson> lessons = draft.lessons();
        if (index < 1 || index > lessons.size()) {
            throw new NotFoundException("catalog.authoring.lessonNotFound");
        }
        return lessons.get(index - 1);
    }

    /** The draft has no final exam any more; its banks stay. */
    @Transactional
    public void removeFinalExam(Actor actor, String code) {
        drafts.editable(actor, code).removeFinalExam();
        StructuredLog.event("catalog.exam.removed", "actor", actor.accountId(), "course", code);
    }

    // --- checking what the trainer brought -------------------------------------------------------------------

    private record Candidate(String path, QuestionBankSource.Format format) {
    }

    private Candidate candidate(String name, QuestionBankSource.Format format, String text) {
        Problems problems = new Problems();
        if (text == null || text.isBlank()) {
            problems.add("text", "catalog.authoring.required");
        } else if (!BankFiles.fits(text)) {
            problems.add("text", "catalog.bank.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        QuestionBankSource.Format chosen = format;
        if (chosen == null && !problems.has("text")) {
            chosen = bankCheck.detect(text).map(f -> f == QuestionBankCheck.Format.AIKEN
                    ? QuestionBankSource.Format.AIKEN : QuestionBankSource.Format.GIFT).orElse(null);
            if (chosen == null) {
                problems.add("format", "catalog.bank.formatUnknown");
            }
        }
        String path = null;
        if (name == null || name.isBlank()) {
            problems.add("name", "catalog.authoring.required");
        } else {
            path = BankFiles.path(name, chosen == null ? QuestionBankSource.Format.GIFT : chosen).orElse(null);
            if (path == null) {
                problems.add("name", "catalog.bank.nameInvalid", BankFiles.MAX_NAME);
            }
        }
        problems.throwIfAny();
        return new Candidate(path, chosen);
    }

    /** A bank the final exam draws from must keep enough questions for it. */
    private void requireExamStillFits(CourseVersion draft, String path, List<ParsedQuestion> questions) {
        Optional<ExamSettings> exam = draft.finalExam().filter(e -> e.bankPath().equals(path));
        if (exam.isPresent()) {
            int drawable = bankCheck.drawable(questions, exam.get().category());
            if (drawable < exam.get().questionCount()) {
                throw new InvalidInputException(Problem.of(null, "catalog.bank.examNeedsMore",
                        exam.get().questionCount(), drawable));
            }
        }
    }

    private ParseResult parse(QuestionBankSource.Format format, String text) {
        return bankCheck.parse(format == QuestionBankSource.Format.AIKEN
                ? QuestionBankCheck.Format.AIKEN : QuestionBankCheck.Format.GIFT, text);
    }

    // --- the preview -----------------------------------------------------------------------------------------

    private static BankPreview preview(CourseVersion draft, String path, QuestionBankSource.Format format,
                                       List<ParsedQuestion> questions) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        Map<QuestionType, Integer> types = new EnumMap<>(QuestionType.class);
        List<QuestionPreview> items = new ArrayList<>();
        for (ParsedQuestion q : questions) {
            categories.merge(q.category() == null ? "" : q.category(), 1, Integer::sum);
            types.merge(q.type(), 1, Integer::sum);
            items.add(new QuestionPreview(items.size() + 1, q.line(), q.type().name(), q.category(), ownTitle(q),
                    q.text(), answers(q), q.generalFeedback()));
        }
        List<Tally> perCategory = categories.entrySet().stream()
                .map(e -> new Tally(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())).toList();
        List<Tally> perType = types.entrySet().stream().map(e -> new Tally(e.getKey().name(), e.getValue())).toList();
        boolean replaces = draft.bank(path).isPresent();
        boolean usedByExam = draft.finalExam().map(e -> e.bankPath().equals(path)).orElse(false);
        return new BankPreview(path, BankFiles.name(path), format.name(), questions.size(), perCategory, perType,
                items, replaces, usedByExam);
    }

    /** The title the bank gave the question, or {@code null} when the parser only took the start of its text. */
    static String ownTitle(ParsedQuestion q) {
        String flat = q.text().replaceAll("\\s+", " ").strip();
        String title = q.title().strip();
        String start = title.endsWith("…") ? title.substring(0, title.length() - 1).strip() : title;
        return start.isEmpty() || flat.startsWith(start) ? null : title;
    }

    static List<AnswerLine> answers(ParsedQuestion q) {
        List<AnswerLine> lines = new ArrayList<>();
        switch (q.type()) {
            case TRUE_FALSE -> {
                TrueFalseAnswer tf = q.trueFalse();
                lines.add(new AnswerLine("assessment.true", null, percent(tf.correct() ? HUNDRED : BigDecimal.ZERO),
                        tf.correct(), tf.correct() ? tf.rightFeedback() : tf.wrongFeedback()));
                lines.add(new AnswerLine("assessment.false", null, percent(tf.correct() ? BigDecimal.ZERO : HUNDRED),
                        !tf.correct(), tf.correct() ? tf.wrongFeedback() : tf.rightFeedback()));
            }
            case NUMERIC -> {
                for (NumericAnswer n : q.numericAnswers()) {
                    String text = n.isRange() ? n.min().toPlainString() + " .. " + n.max().toPlainString()
                            : n.tolerance() == null || n.tolerance().signum() == 0 ? n.value().toPlainString()
                            : n.value().toPlainString() + " ± " + n.tolerance().abs().toPlainString();
                    lines.add(new AnswerLine(null, text, percent(n.weight()), n.weight().signum() > 0, n.feedback()));
                }
            }
            case MATCHING -> {
                for (MatchPair pair : q.pairs()) {
                    // an empty left side is a distractor: a right-hand answer that belongs to nothing
                    lines.add(new AnswerLine(null, (pair.left().isEmpty() ? "" : pair.left() + " ") + "→ " + pair.right(),
                            null, !pair.left().isEmpty(), null));
                }
            }
            default -> {
                for (Choice c : q.choices()) {
                    lines.add(new AnswerLine(null, c.text(), percent(c.weight()), c.isRight(), c.feedback()));
                }
            }
        }
        return lines;
    }

    private static String percent(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString() + "%";
    }
}
