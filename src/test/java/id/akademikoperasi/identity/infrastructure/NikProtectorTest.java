package id.akademikoperasi.identity.infrastructure;

import id.akademikoperasi.identity.domain.Nik;
import id.akademikoperasi.identity.domain.ProtectedNik;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NikProtectorTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    private final NikProtector protector = new NikProtector(KEY_A, KEY_B);
    private final Nik nik = Nik.parse("6474014506990003");

    @Test
    void encryptionRoundTripsAndHidesTheDigits() {
        ProtectedNik stored = protector.protect(nik);
        assertFalse(new String(stored.cipher(), StandardCharsets.ISO_8859_1).contains("6474014506990003"));
        assertEquals(nik, protector.reveal(stored.cipher()));
        assertEquals(1 + 12 + 16 + 16, stored.cipher().length);
    }

    @Test
    void theSameNikEncryptsDifferentlyButHashesTheSame() {
        ProtectedNik first = protector.protect(nik);
        ProtectedNik second = protector.protect(nik);
        assertFalse(Arrays.equals(first.cipher(), second.cipher()), "a fresh nonce every time");
        assertArrayEquals(first.lookupHash(), second.lookupHash());
        assertEquals(32, first.lookupHash().length);
    }

    @Test
    void theLookupHashDependsOnTheKey() {
        NikProtector other = new NikProtector(KEY_A, KEY_A);
        assertFalse(Arrays.equals(protector.lookupHash(nik), other.lookupHash(nik)));
    }

    @Test
    void tamperedOrForeignCipherTextIsRefused() {
        byte[] stored = protector.protect(nik).cipher();
        stored[stored.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> protector.reveal(stored));
        NikProtector otherKey = new NikProtector(KEY_B, KEY_B);
        assertThrows(IllegalStateException.class, () -> otherKey.reveal(protector.protect(nik).cipher()));
        assertThrows(IllegalArgumentException.class, () -> protector.reveal(new byte[]{9, 9, 9}));
    }

    @Test
    void keysMustBe32Bytes() {
        assertThrows(IllegalStateException.class, () -> new NikProtector("c2hvcnQ=", KEY_B));
        assertThrows(IllegalStateException.class, () -> new NikProtector("not base64!", KEY_B));
    }
}
