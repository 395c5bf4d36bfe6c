package id.akademikoperasi.identity.infrastructure;

import id.akademikoperasi.identity.domain.Nik;
import id.akademikoperasi.identity.domain.ProtectedNik;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Encrypts NIKs with AES-256-GCM and derives the HMAC-SHA256 look-up hash that keeps them unique.
 * Stored form: one version byte, the 12-byte nonce, then cipher text and tag. Keys come from configuration
 * ({@code AK_NIK_ENCRYPTION_KEY}, {@code AK_NIK_HASH_KEY}, 32 bytes in Base64 each).
 */
@ApplicationScoped
public class NikProtector {

    private static final Logger LOG = Logger.getLogger(NikProtector.class.getName());
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** The keys shipped for development; production must set its own. */
    static final String DEV_ENCRYPTION_KEY = "ZGV2LW9ubHktbmlrLWVuY3J5cHRpb24ta2V5LTMyYnk=";

    private final SecureRandom random = new SecureRandom();

    @Inject
    @ConfigProperty(name = "ak.nik.encryption-key")
    String encryptionKeyBase64;

    @Inject
    @ConfigProperty(name = "ak.nik.hash-key")
    String hashKeyBase64;

    private SecretKeySpec encryptionKey;
    private SecretKeySpec hashKey;

    public NikProtector() {
    }

    /** For unit tests, outside the container. */
    public NikProtector(String encryptionKeyBase64, String hashKeyBase64) {
        this.encryptionKeyBase64 = encryptionKeyBase64;
        this.hashKeyBase64 = hashKeyBase64;
        init();
    }

    @PostConstruct
    void init() {
        encryptionKey = new SecretKeySpec(key(encryptionKeyBase64, "ak.nik.encryption-key"), "AES");
        hashKey = new SecretKeySpec(key(hashKeyBase64, "ak.nik.hash-key"), "HmacSHA256");
        if (DEV_ENCRYPTION_KEY.equals(encryptionKeyBase64)) {
            LOG.warning("NIK encryption uses the development key: set AK_NIK_ENCRYPTION_KEY and AK_NIK_HASH_KEY in production");
        }
    }

    private static byte[] key(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid Base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (Base64 of 32 random bytes), not " + key.length);
        }
        return key;
    }

    public ProtectedNik protect(Nik nik) {
        return new ProtectedNik(encrypt(nik.digits()), lookupHash(nik));
    }

    public byte[] lookupHash(Nik nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(nik.digits().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private byte[] encrypt(String digits) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[]{VERSION});
            byte[] sealed = cipher.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Decrypts a stored NIK. Callers log who read it; pages show {@link Nik#masked()} only. */
    public Nik reveal(byte[] stored) {
        if (stored == null || stored.length < 1 + NONCE_BYTES + 16 || stored[0] != VERSION) {
            throw new IllegalArgumentException("not a protected NIK");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(new byte[]{VERSION});
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return Nik.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored NIK could not be decrypted (wrong key?)", e);
        }
    }
}
