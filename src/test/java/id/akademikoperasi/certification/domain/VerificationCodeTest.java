package id.akademikoperasi.certification.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerificationCodeTest {

    @Test
    void spacesDashesAndCaseDoNotMatter() {
        Optional<String> code = Optional.of("ABCD2345EFGH6789");
        assertEquals(code, VerificationCode.normalise("ABCD2345EFGH6789"));
        assertEquals(code, VerificationCode.normalise(" abcd-2345-efgh-6789 "));
        assertEquals(code, VerificationCode.normalise("ABCD 2345\tEFGH\u00a06789"));
        assertEquals(code, VerificationCode.normalise("aBcD--2345 eFgH 6789"));
    }

    @Test
    void anythingElseMatchesNoCertificate() {
        assertEquals(Optional.empty(), VerificationCode.normalise(null));
        assertEquals(Optional.empty(), VerificationCode.normalise(""));
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD2345EFGH678"), "15 characters");
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD2345EFGH67899"), "17 characters");
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD2345EFGH6780"), "0 is not in the alphabet");
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD2345EFGH678O"), "nor O");
        assertEquals(Optional.empty(), VerificationCode.normalise("IBCD2345EFGH6789"), "nor I");
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD2345EFGH678\u00e9"));
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD/2345/EFGH/6789"));
        assertEquals(Optional.empty(), VerificationCode.normalise("' OR 1=1 --"));
        assertEquals(Optional.empty(), VerificationCode.normalise("A".repeat(16) + " ".repeat(60)), "too long to tidy up");
    }

    @Test
    void theAlphabetHasNoLookAlikes() {
        assertEquals(32, VerificationCode.ALPHABET.length());
        for (char c : "01OI".toCharArray()) {
            assertEquals(-1, VerificationCode.ALPHABET.indexOf(c));
        }
    }
}
