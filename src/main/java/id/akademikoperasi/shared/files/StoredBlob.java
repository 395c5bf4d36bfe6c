package id.akademikoperasi.shared.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The record that a blob exists: hash, size, media type, when first stored. One row per distinct content,
 * however often it is uploaded; rows are never changed or deleted (see {@link BlobStore} on deletion).
 * Other contexts reference a blob by its {@code sha256} (a {@code CHAR(64)} column, foreign key to
 * {@code fil_blob}) together with their own name for it.
 */
@Entity
@Table(name = "fil_blob")
public class StoredBlob {

    @Id
    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "media_type", length = 100, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredBlob() {
    }

    public StoredBlob(String sha256, long sizeBytes, String mediaType, Instant createdAt) {
        this.sha256 = Sha256.require(sha256);
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("a stored blob is never empty");
        }
        this.sizeBytes = sizeBytes;
        this.mediaType = Objects.requireNonNull(mediaType);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String mediaType() {
        return mediaType;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
