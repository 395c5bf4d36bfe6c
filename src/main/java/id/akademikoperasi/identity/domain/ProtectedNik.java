package id.akademikoperasi.identity.domain;

/** A NIK as it is stored: encrypted, plus a keyed hash that finds duplicates without decrypting. */
public record ProtectedNik(byte[] cipher, byte[] lookupHash) {
}
