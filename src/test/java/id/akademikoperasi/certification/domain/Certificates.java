package id.akademikoperasi.certification.domain;

import id.akademikoperasi.certification.domain.Eligibility.CourseEvidence;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Certificates issued the way the service issues them, for tests that need one without a database. */
public final class Certificates {

    /**
     * Siti Aminah's Calon Pengurus certificate AK/6474/2026/000123 (account 7, Guntung 64.74.01.1004), approved by
     * officer 3 "Rina Wulandari", with the evidence snapshot given.
     */
    public static Certificate issued(String snapshot, String verificationCode, Instant at, Instant until) {
        Requirements requirements = new Requirements(List.of("KOP-01"), 70, null, List.of(Declaration.DATA_TRUE));
        Eligibility.Checklist ready = Eligibility.check(requirements,
                Map.of("KOP-01", new CourseEvidence(at, new BigDecimal("85.5"), true)), null);
        Application application = Application.submit(7, "CALON_PENGURUS", requirements, ready, 4, "64.74.01.1004",
                Set.of(Declaration.DATA_TRUE), null, snapshot, at.minusSeconds(86_400));
        application.approve(3, at, false);
        set(application, "id", 11L);   // as if persisted: a certificate names its application
        return Certificate.issue("AK/6474/2026/000123", verificationCode, application,
                new Certificate.Names("Siti Aminah", "Koperasi Kelurahan Merah Putih Guntung", "Calon Pengurus",
                        "Board Candidate", "Rina Wulandari"), at, until, 3);
    }

    /** A field no domain method changes, set as a row in the table could have it. */
    public static <T> T set(T entity, String field, Object value) {
        try {
            Field f = entity.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Certificates() {
    }
}
