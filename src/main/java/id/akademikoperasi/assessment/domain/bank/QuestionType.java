package id.akademikoperasi.assessment.domain.bank;

/** The kinds of question a GIFT or Aiken bank can hold (the Moodle question types of the same name). */
public enum QuestionType {
    /** One choice is right ({@code {=right ~wrong}}); other choices may carry partial credit. */
    SINGLE_CHOICE,
    /** Several choices may be chosen; weights of the right ones add up to 100 ({@code {~%50%a ~%50%b ~%-100%c}}). */
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    /** The learner types a word; every {@code =} answer is accepted. */
    SHORT_ANSWER,
    NUMERIC,
    MATCHING,
    /** Free text, graded by a trainer ({@code {}}). */
    ESSAY,
    /** Text without an answer, shown between questions. */
    DESCRIPTION
}
