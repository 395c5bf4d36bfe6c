package id.akademikoperasi.certification.domain;

import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemeTest {

    static final SchemeTerms PENGAWAS = new SchemeTerms("Calon Pengawas", "Supervisor Candidate", List.of("PENGAWAS"),
            List.of("KOP-01", "KOP-02", "KOP-05"), 70, null, Set.of(Declaration.DATA_TRUE), 36, 6, false, 30);

    private static SchemeTerms with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(PENGAWAS)).build();
    }

    /** The field of the one problem the terms have. */
    private static Problem onlyProblem(SchemeTerms terms) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Scheme.define("CALON_X", terms));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().getFirst();
    }

    @Test
    void aValidSchemeIsDefinedActiveWithItsTermsInTheKnownOrder() {
        Scheme s = Scheme.define("CALON_PENGAWAS_USP", with(b -> b.positions(List.of("BENDAHARA_USP", "PENGAWAS"))
                .declarations(Set.of(Declaration.DATA_TRUE, Declaration.NO_KINSHIP)).attendance(80)));
        assertEquals("CALON_PENGAWAS_USP", s.code());
        assertTrue(s.isActive());
        assertEquals(List.of("PENGAWAS", "BENDAHARA_USP"), s.positions(), "stored in the known order");
        assertEquals("Calon Pengawas", s.name(Locale.of("id")));
        assertEquals("Supervisor Candidate", s.name(Locale.ENGLISH));
        assertEquals(new Requirements(List.of("KOP-01", "KOP-02", "KOP-05"), 70, 80,
                List.of(Declaration.NO_KINSHIP, Declaration.DATA_TRUE)), s.requirements());
        assertEquals(30, s.reapplyWaitDays());
        assertFalse(s.twoOfficerApproval());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AB", "calon", "1ABC", "CALON-PENGAWAS", "CALON PENGAWAS",
            "A2345678901234567890123456789012345678901"})
    void aCodeOutsideThePatternIsRefused(String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Scheme.define(code, PENGAWAS));
        assertEquals(List.of("code"), e.problems().stream().map(Problem::field).toList());
    }

    @Test
    void theLongestAndShortestCodesAreAccepted() {
        Scheme.define("ABC", PENGAWAS);
        Scheme.define("A23456789012345678901234567890123456789_", PENGAWAS);
        assertThrows(InvalidInputException.class, () -> Scheme.define(null, PENGAWAS));
    }

    @Test
    void namesInBothLanguagesAreRequiredAndAtMost200Characters() {
        assertEquals("nameId", onlyProblem(with(b -> b.nameId(" "))).field());
        assertEquals("nameId", onlyProblem(with(b -> b.nameId(null))).field());
        assertEquals("nameEn", onlyProblem(with(b -> b.nameEn(""))).field());
        assertEquals("nameEn", onlyProblem(with(b -> b.nameEn("x".repeat(201)))).field());
        assertEquals("x".repeat(200), Scheme.define("CALON_X", with(b -> b.nameEn("x".repeat(200)))).name(Locale.ENGLISH));
        assertEquals("Calon", Scheme.define("CALON_X", with(b -> b.nameId("  Calon "))).name(Locale.of("id")), "stripped");
    }

    @Test
    void atLeastOneKnownPositionIsRequired() {
        assertEquals("positions", onlyProblem(with(b -> b.positions(List.of()))).field());
        assertEquals("positions", onlyProblem(with(b -> b.positions(null))).field());
        Problem unknown = onlyProblem(with(b -> b.positions(List.of("PENGURUS", "KETUA"))));
        assertEquals("positions", unknown.field());
        assertEquals("certification.scheme.positions.unknown", unknown.messageKey());
    }

    @Test
    void atLeastOneCourseAndNoCourseTwice() {
        assertEquals("courses", onlyProblem(with(b -> b.courses(List.of()))).field());
        assertEquals("courses", onlyProblem(with(b -> b.courses(null))).field());
        Problem twice = onlyProblem(with(b -> b.courses(List.of("KOP-01", "KOP-02", "KOP-01"))));
        assertEquals("courses", twice.field());
        assertEquals("certification.scheme.courses.duplicate", twice.messageKey());
        assertEquals(List.of("KOP-01"), twice.arguments());
        assertEquals("courses", onlyProblem(with(b -> b.courses(Arrays.asList("KOP-01", null)))).field());
        assertEquals("courses", onlyProblem(with(b -> b.courses(List.of("KOP-" + "1".repeat(17))))).field());
    }

    @Test
    void theExamPassMarkIsAPercentage() {
        assertEquals("minExamPercent", onlyProblem(with(b -> b.exam(-1))).field());
        assertEquals("minExamPercent", onlyProblem(with(b -> b.exam(101))).field());
        assertEquals(0, Scheme.define("CALON_X", with(b -> b.exam(0))).minExamPercent());
        assertEquals(100, Scheme.define("CALON_X", with(b -> b.exam(100))).minExamPercent());
    }

    @Test
    void attendanceIsEitherNotAskedOrOneToHundredPercent() {
        assertEquals("minAttendancePercent", onlyProblem(with(b -> b.attendance(0))).field());
        assertEquals("minAttendancePercent", onlyProblem(with(b -> b.attendance(101))).field());
        assertNull(Scheme.define("CALON_X", with(b -> b.attendance(null))).minAttendancePercent());
        assertEquals(1, Scheme.define("CALON_X", with(b -> b.attendance(1))).minAttendancePercent());
    }

    @Test
    void declarationsAreChosenFromTheKnownOnesOrNone() {
        assertEquals("declarations", onlyProblem(with(b -> b.declarations(new java.util.HashSet<>(Arrays.asList(
                Declaration.DATA_TRUE, null))))).field());
        assertEquals(Set.of(), Scheme.define("CALON_X", with(b -> b.declarations(Set.of()))).declarations());
        assertEquals(Set.of(), Scheme.define("CALON_X", with(b -> b.declarations(null))).declarations());
    }

    @Test
    void validityIsOneToHundredTwentyMonthsAndTheWindowShorterThanIt() {
        assertEquals("validityMonths", onlyProblem(with(b -> b.validity(0).window(0))).field());
        assertEquals("validityMonths", onlyProblem(with(b -> b.validity(121).window(0))).field());
        Problem window = onlyProblem(with(b -> b.validity(12).window(12)));
        assertEquals("recertWindowMonths", window.field());
        assertEquals(List.of(11), window.arguments(), "the message says the longest window allowed");
        assertEquals("recertWindowMonths", onlyProblem(with(b -> b.window(-1))).field());
        Scheme s = Scheme.define("CALON_X", with(b -> b.validity(1).window(0)));
        assertEquals(1, s.validityMonths());
        assertEquals(119, Scheme.define("CALON_X", with(b -> b.validity(120).window(119))).recertWindowMonths());
    }

    @Test
    void theWaitBeforeApplyingAgainIsZeroToAYear() {
        assertEquals("reapplyWaitDays", onlyProblem(with(b -> b.reapplyWait(-1))).field());
        assertEquals("reapplyWaitDays", onlyProblem(with(b -> b.reapplyWait(366))).field());
        assertEquals(365, Scheme.define("CALON_X", with(b -> b.reapplyWait(365))).reapplyWaitDays());
        assertEquals(0, Scheme.define("CALON_X", with(b -> b.reapplyWait(0))).reapplyWaitDays());
    }

    @Test
    void everyProblemIsReportedAtOnceEachWithAMessageInBothLanguages() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Scheme.define("x",
                new SchemeTerms("", "", List.of(), List.of(), 101, 0, null, 0, -1, false, 400)));
        assertEquals(Set.of("code", "nameId", "nameEn", "positions", "courses", "minExamPercent", "minAttendancePercent",
                        "validityMonths", "recertWindowMonths", "reapplyWaitDays"),
                Set.copyOf(e.problems().stream().map(Problem::field).toList()));
        assertEquals("termsRequired", assertThrows(InvalidInputException.class,
                () -> Scheme.define("CALON_X", null)).problems().getFirst().messageKey().replace("certification.scheme.", ""));
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = new Properties();
            try (InputStream in = SchemeTest.class.getResourceAsStream("/id/akademikoperasi/" + bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : List.of("code.invalid", "name.invalid", "positions.required", "positions.unknown",
                    "courses.required", "courses.invalid", "courses.duplicate", "exam.range", "attendance.range",
                    "declarations.invalid", "validity.range", "window.range", "reapplyWait.range", "termsRequired")) {
                assertTrue(texts.containsKey("certification.scheme." + key), bundle + " lacks certification.scheme." + key);
            }
        }
    }

    @Test
    void aValidRevisionAppliesAndRequirementsFollowIt() {
        Scheme s = Scheme.define("CALON_PENGAWAS_X", PENGAWAS);
        s.revise(with(b -> b.nameId("Calon Pengawas Baru").courses(List.of("KOP-05", "KOP-01")).exam(72).attendance(75)
                .declarations(Set.of(Declaration.NOT_PERANGKAT, Declaration.DATA_TRUE)).validity(24).window(3)
                .twoOfficers(true).reapplyWait(14).positions(List.of("PENGAWAS", "PENGURUS"))));
        assertEquals("Calon Pengawas Baru", s.name(null));
        assertEquals(List.of("KOP-05", "KOP-01"), s.courses(), "the order chosen is kept");
        assertEquals(List.of("PENGURUS", "PENGAWAS"), s.positions());
        assertEquals(24, s.validityMonths());
        assertEquals(3, s.recertWindowMonths());
        assertTrue(s.twoOfficerApproval());
        assertEquals(14, s.reapplyWaitDays());
        assertEquals(new Requirements(List.of("KOP-05", "KOP-01"), 72, 75,
                List.of(Declaration.NOT_PERANGKAT, Declaration.DATA_TRUE)), s.requirements());
        assertEquals(SchemeTerms.of(s).courses(), s.courses());
    }

    @Test
    void aRefusedRevisionLeavesTheSchemeAsItWas() {
        Scheme s = Scheme.define("CALON_PENGAWAS_X", PENGAWAS);
        Requirements before = s.requirements();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> s.revise(with(b -> b.exam(150).courses(List.of("KOP-09")))));
        assertEquals(List.of("minExamPercent"), e.problems().stream().map(Problem::field).toList());
        assertEquals(before, s.requirements());
        assertEquals(SchemeTerms.of(Scheme.define("CALON_PENGAWAS_X", PENGAWAS)), SchemeTerms.of(s));
    }

    @Test
    void aDeactivatedSchemeCanBeOfferedAgain() {
        Scheme s = Scheme.define("CALON_PENGAWAS_X", PENGAWAS);
        s.deactivate();
        assertFalse(s.isActive());
        s.activate();
        assertTrue(s.isActive());
    }

    /** Terms with one or two values changed, for tests. */
    static final class Builder {
        private String nameId, nameEn;
        private List<String> positions, courses;
        private int exam, validity, window, reapplyWait;
        private Integer attendance;
        private Set<Declaration> declarations;
        private boolean twoOfficers;

        Builder(SchemeTerms t) {
            nameId = t.nameId(); nameEn = t.nameEn(); positions = t.positions(); courses = t.courses();
            exam = t.minExamPercent(); attendance = t.minAttendancePercent(); declarations = t.declarations();
            validity = t.validityMonths(); window = t.recertWindowMonths(); twoOfficers = t.twoOfficerApproval();
            reapplyWait = t.reapplyWaitDays();
        }

        Builder nameId(String v) { nameId = v; return this; }
        Builder nameEn(String v) { nameEn = v; return this; }
        Builder positions(List<String> v) { positions = v; return this; }
        Builder courses(List<String> v) { courses = v; return this; }
        Builder exam(int v) { exam = v; return this; }
        Builder attendance(Integer v) { attendance = v; return this; }
        Builder declarations(Set<Declaration> v) { declarations = v; return this; }
        Builder validity(int v) { validity = v; return this; }
        Builder window(int v) { window = v; return this; }
        Builder twoOfficers(boolean v) { twoOfficers = v; return this; }
        Builder reapplyWait(int v) { reapplyWait = v; return this; }

        SchemeTerms build() {
            return new SchemeTerms(nameId, nameEn, positions, courses, exam, attendance, declarations, validity, window,
                    twoOfficers, reapplyWait);
        }
    }
}
