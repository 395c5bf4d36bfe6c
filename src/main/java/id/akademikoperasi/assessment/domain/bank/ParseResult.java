package id.akademikoperasi.assessment.domain.bank;

import java.util.List;

/**
 * What a bank parser found: the questions that are sound and every problem, in the order of the file. A question
 * with a problem is left out of {@link #questions()}, so an import shows all problems at once and imports nothing
 * until {@link #isClean()}.
 */
public record ParseResult(List<ParsedQuestion> questions, List<BankProblem> problems) {

    public ParseResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
