package id.akademikoperasi.testsupport.incontainer;

import id.akademikoperasi.assessment.application.ExamService;
import id.akademikoperasi.assessment.application.ExamViews.AttemptView;
import id.akademikoperasi.assessment.application.ExamViews.QuestionView;
import id.akademikoperasi.assessment.application.QuestionBankCheck;
import id.akademikoperasi.assessment.domain.bank.Choice;
import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.domain.scoring.Response;
import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.learning.application.LearningService;
import id.akademikoperasi.learning.domain.Enrolment;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A trainer's answer key inside the container: the questions an attempt drew and their right answers, so a test can
 * take a member through a whole course (every lesson done, the final exam passed) the way the member would.
 */
@ApplicationScoped
public class AnswerKey {

    private static final Locale ID = Locale.of("id");

    @Inject
    ExamService exams;
    @Inject
    LearningService learning;
    @Inject
    CatalogService catalog;
    @Inject
    QuestionBankCheck banks;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    /** Enrols, marks every lesson done and passes the final exam with the right answers. */
    public void complete(Actor member, String code) {
        Enrolment enrolment = learning.enrol(member, code);
        for (int no = 1; no <= enrolment.lessonsTotal(); no++) {
            try {
                learning.markDone(member, code, no);
            } catch (InvalidInputException e) {
                if (!e.hasProblem("learning.lesson.quizRequired")) {
                    throw e;
                }
                pass(member, code, exams.start(member, code, no, ID));   // a lesson that ends with a quiz
            }
        }
        pass(member, code, exams.start(member, code, ID));
    }

    private void pass(Actor member, String code, AttemptView attempt) {
        List<ParsedQuestion> drawn = drawnQuestions(attempt.id());
        for (QuestionView q : attempt.questions()) {
            exams.save(member, attempt.id(), q.slot(), rightAnswer(drawn.get(q.slot() - 1)));
        }
        if (!exams.submit(member, attempt.id(), ID).passed()) {
            throw new AssertionError(code + " not passed with the right answers");
        }
    }

    /** The questions of an attempt, read the way a trainer's answer key would be. */
    public List<ParsedQuestion> drawnQuestions(long attemptId) {
        Db db = new Db(dataSource);
        String order = db.string("SELECT question_order FROM asm_attempt WHERE id = ?", attemptId);
        long version = db.count("SELECT course_version_id FROM asm_attempt WHERE id = ?", attemptId);
        var exam = catalog.finalExam(new id.akademikoperasi.catalog.domain.CourseVersionId(version)).orElseThrow();
        List<ParsedQuestion> bank = banks.parse(QuestionBankCheck.Format.GIFT, exam.bankSource()).questions();
        return java.util.Arrays.stream(order.split(",")).map(i -> bank.get(Integer.parseInt(i))).toList();
    }


    public static Response rightAnswer(ParsedQuestion q) {
        return switch (q.type()) {
            case SINGLE_CHOICE -> {
                int best = 0;
                for (int i = 1; i < q.choices().size(); i++) {
                    if (q.choices().get(i).weight().compareTo(q.choices().get(best).weight()) > 0) {
                        best = i;
                    }
                }
                yield Response.Choices.of(best);
            }
            case MULTIPLE_CHOICE -> {
                Set<Integer> right = new HashSet<>();
                for (int i = 0; i < q.choices().size(); i++) {
                    if (q.choices().get(i).isRight()) {
                        right.add(i);
                    }
                }
                yield new Response.Choices(right);
            }
            case TRUE_FALSE -> new Response.Bool(q.trueFalse().correct());
            case SHORT_ANSWER -> new Response.Text(q.rightChoices().stream().map(Choice::text).findFirst().orElseThrow().replace("*", ""));
            case NUMERIC -> new Response.Number((q.numericAnswers().getFirst().isRange() ? q.numericAnswers().getFirst().min()
                    : q.numericAnswers().getFirst().value()).toPlainString().replace('.', ','));  // as typed in Indonesian
            case MATCHING -> {
                Map<Integer, String> matches = new HashMap<>();
                for (int i = 0; i < q.pairs().size(); i++) {
                    if (!q.pairs().get(i).left().isEmpty()) {
                        matches.put(i, q.pairs().get(i).right());
                    }
                }
                yield new Response.Matches(matches);
            }
            default -> throw new IllegalStateException(q.type().name());
        };
    }
}
