-- Files: one row per distinct content, addressed by its SHA-256 (64 lower-case hex digits). The bytes live on disk
-- under AK_FILES_DIR as <root>/sha256/ab/cd/<sha256>; the name a file was uploaded under belongs to whoever
-- references it (a course material, an application's evidence), with a foreign key to fil_blob (sha256).
-- Rows are never updated or deleted: a file referenced by a published version must stay.
-- Version 3.9: it must run before V004__catalog, whose materials reference fil_blob, and clash with no V003.
CREATE TABLE fil_blob (
    sha256     CHAR(64)     NOT NULL,
    size_bytes BIGINT       NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (sha256),
    CONSTRAINT ck_fil_blob_sha256 CHECK (CAST(sha256 AS BINARY) REGEXP '^[0-9a-f]{64}$'),
    CONSTRAINT ck_fil_blob_size CHECK (size_bytes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
