package id.akademikoperasi.assessment.domain.bank;

import java.util.List;

/**
 * One thing wrong in a question bank: the 1-based line (0 when it is about the bank as a whole), a message key
 * of the resource bundle ({@code assessment.bank.…}) and the values the message needs.
 *
 * <p>Messages do not repeat the line: a page shows {@code baris 12} in front of the message text.
 */
public record BankProblem(int line, String messageKey, List<Object> arguments) {

    public BankProblem {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("a bank problem needs a message key");
        }
        if (line < 0) {
            throw new IllegalArgumentException("a line number starts at 1 (0: the bank as a whole)");
        }
        arguments = List.copyOf(arguments);
    }

    public static BankProblem of(int line, String messageKey, Object... arguments) {
        return new BankProblem(line, messageKey, List.of(arguments));
    }
}
