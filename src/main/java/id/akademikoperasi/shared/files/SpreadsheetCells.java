package id.akademikoperasi.shared.files;

/**
 * Text that people typed, made safe for a cell of an exported CSV or spreadsheet: a value that a spreadsheet would
 * read as a formula (it starts with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe, so
 * opening the export never runs anything (CSV injection).
 *
 * <pre>{@code
 * printer.print(SpreadsheetCells.safe(member.name()));   // "=HYPERLINK(...)" → "'=HYPERLINK(...)"
 * }</pre>
 */
public final class SpreadsheetCells {

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    private SpreadsheetCells() {
    }
}
