package id.akademikoperasi.shared.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code fil_blob} rows, apart from {@link FileStore} so that the transaction covers the one insert and not the
 * minutes a large upload may take to copy.
 */
@ApplicationScoped
class BlobRecords {

    @PersistenceContext
    private EntityManager em;

    /**
     * Records the blob unless it is recorded already. {@code ON DUPLICATE KEY} rather than find-then-persist: two
     * instances storing the same bytes at the same moment would both find nothing, and the second persist would
     * fail and roll back its caller. The first record wins, its time stays.
     *
     * @return when the blob was first recorded
     */
    @Transactional
    public Instant record(String sha256, long sizeBytes, String mediaType, Instant now) {
        em.createNativeQuery("""
                INSERT INTO fil_blob (sha256, size_bytes, media_type, created_at) VALUES (?1, ?2, ?3, ?4)
                ON DUPLICATE KEY UPDATE sha256 = sha256""")
                .setParameter(1, sha256).setParameter(2, sizeBytes).setParameter(3, mediaType)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        return find(sha256).map(StoredBlob::createdAt).orElse(now);
    }

    public Optional<StoredBlob> find(String sha256) {
        return Optional.ofNullable(em.find(StoredBlob.class, sha256));
    }
}
