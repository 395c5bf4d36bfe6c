-- A member's application for a scheme: the declarations they signed and a frozen snapshot of the evidence (courses,
-- dates, scores, attendance) as it stood when they applied, so a later republished course or renamed member does
-- not change what DKUMPP decides on. One open application per member and scheme.
CREATE TABLE crt_application (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    account_id     BIGINT        NOT NULL,
    scheme_code    VARCHAR(40)   NOT NULL,
    koperasi_id    BIGINT        NOT NULL,
    region_code    VARCHAR(13)   NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    open_key       VARCHAR(60)   NULL,
    submitted_at   DATETIME(6)   NOT NULL,
    declarations   VARCHAR(200)  NOT NULL,
    relatives      VARCHAR(1000) NULL,
    snapshot       MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (id),
    -- open_key is account:scheme while the application is open, NULL once decided: one open application at a time
    UNIQUE KEY uq_crt_application_open (open_key),
    KEY ix_crt_application_queue (region_code, status, submitted_at),
    KEY ix_crt_application_account (account_id),
    CONSTRAINT fk_crt_application_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT fk_crt_application_scheme FOREIGN KEY (scheme_code) REFERENCES crt_scheme (code),
    CONSTRAINT fk_crt_application_koperasi FOREIGN KEY (koperasi_id) REFERENCES org_koperasi (id),
    CONSTRAINT ck_crt_application_status CHECK (status IN ('SUBMITTED', 'INFO_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
