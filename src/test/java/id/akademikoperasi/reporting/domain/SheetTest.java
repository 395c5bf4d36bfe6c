package id.akademikoperasi.reporting.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SheetTest {

    @Test
    void rowsFollowTheChildrenInOrderAndRegionsWithoutCountsShowZeros() {
        Sheet sheet = new Sheet(List.of(new Sheet.Child("64.74.01", "Bontang Utara"), new Sheet.Child("64.74.02", "Bontang Selatan")));
        sheet.add("64.74.02", "members", "", 12);
        sheet.add("64.74.02", "koperasi", "", 6);
        sheet.add("64.74.01", "enrolled", "KOP-01", 3);
        sheet.add("64.74.01", "enrolled", "KOP-02", 2);
        sheet.add("64.74.01", "completed", "KOP-01", 1);
        List<Figures> rows = sheet.rows();
        assertEquals(List.of("64.74.01", "64.74.02"), rows.stream().map(Figures::code).toList());
        assertEquals(5, rows.get(0).enrolled(), "summed over courses");
        assertEquals(0, rows.get(0).members());
        assertEquals(12, rows.get(1).members());
        Figures total = sheet.total("64.74", "Kota Bontang");
        assertEquals(5, total.enrolled());
        assertEquals(12, total.members());
        assertEquals(6, total.koperasi());
    }

    @Test
    void coursesSchemesAndMonthsAreBrokenDownAcrossChildren() {
        Sheet sheet = new Sheet(List.of(new Sheet.Child("a", "A"), new Sheet.Child("b", "B")));
        sheet.add("a", "completed", "KOP-01", 2);
        sheet.add("b", "completed", "KOP-01", 3);
        sheet.add("b", "exams", "KOP-01", 4);
        sheet.add("a", "valid", "CALON_PENGURUS", 5);
        sheet.add("b", "revoked", "CALON_PENGURUS", 1);
        sheet.add("a", "pending", "CALON_PENGAWAS", 2);
        sheet.expiring("b", "CALON_PENGURUS", 2);
        sheet.add("a", "issued", "2026-10|CALON_PENGURUS", 1);
        sheet.add("b", "issued", "2026-10|CALON_PENGURUS", 2);
        sheet.add("b", "issued", "2026-09|CALON_PENGAWAS", 1);

        Sheet.CourseLine kop01 = sheet.courses().getFirst();
        assertEquals(new Sheet.CourseLine("KOP-01", 0, 0, 5, 4), kop01);
        assertEquals(List.of(new Sheet.SchemeLine("CALON_PENGAWAS", 0, 0, 0, 0, 2),
                new Sheet.SchemeLine("CALON_PENGURUS", 5, 2, 1, 0, 0)), sheet.schemes());
        assertEquals(List.of("2026-09", "2026-10"), List.copyOf(sheet.issuedByMonth().keySet()));
        assertEquals(Map.of("CALON_PENGURUS", 3L), sheet.issuedByMonth().get("2026-10"));
        assertEquals(2, sheet.rows().get(1).expiring());
    }

    @Test
    void readinessPercentagesNeverDivideByZero() {
        Figures none = new Figures("x", "X", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(0, none.readinessPercent());
        assertEquals(0, none.readyPercent());
        Figures some = new Figures("x", "X", 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 36, 27);
        assertEquals(75, some.readinessPercent());
        assertEquals(25, some.readyPercent());
    }
}
