-- The shared audit log: certification (applications, decisions, revocations, expiries, reissues) and nominations
-- write one entry per decision, in the same transaction as the decision. Entries are hash-chained (the byte layout
-- is in id.akademikoperasi.shared.audit.domain.AuditChain) and numbered without gaps under the lock of the one row
-- of aud_head, so appends from several app instances take turns and the chain never forks.
-- occurred_at is UTC wall-clock time; type, subject and details are binary-collated: they are hashed byte for byte.
CREATE TABLE aud_entry (
    seq              BIGINT       NOT NULL,
    occurred_at      DATETIME(6)  NOT NULL,
    type             VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    actor_account_id BIGINT       NULL,
    subject          VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    details          MEDIUMTEXT   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    prev_hash        CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    hash             CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (seq),
    KEY ix_aud_entry_type (type, seq),
    KEY ix_aud_entry_subject (subject, seq),
    CONSTRAINT ck_aud_entry_seq CHECK (seq > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Exactly one row. last_seq is NULL while the log is empty; its foreign key also makes MariaDB refuse to TRUNCATE or
-- DROP aud_entry (which BEFORE DELETE triggers would not see) unless foreign key checks are switched off.
CREATE TABLE aud_head (
    id        TINYINT  NOT NULL,
    last_seq  BIGINT   NULL,
    last_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_aud_head_one CHECK (id = 1),
    CONSTRAINT fk_aud_head_last FOREIGN KEY (last_seq) REFERENCES aud_entry (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO aud_head (id, last_seq, last_hash)
VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only in the database too: the application never changes or deletes an entry, so nobody else should either.
-- (The hash chain still detects what someone with the rights to drop these triggers does.)
CREATE TRIGGER aud_entry_no_update BEFORE UPDATE ON aud_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'aud_entry is append-only: an audit entry is never changed';

CREATE TRIGGER aud_entry_no_delete BEFORE DELETE ON aud_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'aud_entry is append-only: an audit entry is never deleted';

CREATE TRIGGER aud_head_no_delete BEFORE DELETE ON aud_head FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'aud_head is never deleted: it names the end of the audit chain';
