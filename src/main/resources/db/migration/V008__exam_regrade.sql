-- A trainer's correction of one question's mark in a submitted attempt. The attempt's percent and pass are
-- recomputed; what they were before, who changed them, when and why are kept here, one row per correction.
CREATE TABLE asm_regrade (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    attempt_id    BIGINT        NOT NULL,
    slot          INT           NOT NULL,
    old_fraction  DECIMAL(5, 4) NOT NULL,
    new_fraction  DECIMAL(5, 4) NOT NULL,
    old_percent   DECIMAL(5, 2) NOT NULL,
    new_percent   DECIMAL(5, 2) NOT NULL,
    old_passed    BOOLEAN       NOT NULL,
    new_passed    BOOLEAN       NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    regraded_by   BIGINT        NOT NULL,
    regraded_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_asm_regrade_attempt (attempt_id, regraded_at),
    CONSTRAINT fk_asm_regrade_attempt FOREIGN KEY (attempt_id) REFERENCES asm_attempt (id),
    CONSTRAINT fk_asm_regrade_by FOREIGN KEY (regraded_by) REFERENCES idn_account (id),
    CONSTRAINT ck_asm_regrade_fraction CHECK (new_fraction BETWEEN 0 AND 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
