package id.akademikoperasi.shared.files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpreadsheetCellsTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        for (String formula : new String[]{"=HYPERLINK(\"http://x\")", "+62 812", "-1+1", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertEquals("'" + formula, SpreadsheetCells.safe(formula), formula);
        }
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        assertEquals("Siti Aminah", SpreadsheetCells.safe("Siti Aminah"));
        assertEquals("Koperasi = Gotong Royong", SpreadsheetCells.safe("Koperasi = Gotong Royong"));
        assertEquals("", SpreadsheetCells.safe(""));
        assertNull(SpreadsheetCells.safe(null));
    }
}
