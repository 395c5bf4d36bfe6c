package id.akademikoperasi.identity.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** Members of a koperasi are 17 or older (the age of a KTP and of legal capacity in the program). */
public final class AgeRule {

    public static final int MINIMUM_AGE = 17;
    public static final int MAXIMUM_AGE = 120;

    /** @return the message key of the rule broken, or empty when the birth date is acceptable on {@code today} */
    public static Optional<String> check(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            return Optional.of("identity.birthDate.required");
        }
        if (birthDate.isAfter(today)) {
            return Optional.of("identity.birthDate.future");
        }
        int age = Period.between(birthDate, today).getYears();
        if (age < MINIMUM_AGE) {
            return Optional.of("identity.birthDate.underage");
        }
        if (age > MAXIMUM_AGE) {
            return Optional.of("identity.birthDate.implausible");
        }
        return Optional.empty();
    }

    private AgeRule() {
    }
}
