package id.akademikoperasi.identity.domain;

import java.io.Serializable;

/** Identifies an account. Other contexts hold this, never the account itself. */
public record AccountId(long value) implements Serializable {
    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("an account id is positive");
        }
    }

    public static AccountId of(long value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
