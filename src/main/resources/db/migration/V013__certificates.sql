-- DKUMPP decides on applications; an approval issues a certificate with a number without gaps per city and year
-- (AK/6474/2026/000123, counted in crt_number_sequence under a row lock) and a random verification code.
ALTER TABLE crt_application
    ADD COLUMN decided_by      BIGINT        NULL,
    ADD COLUMN decided_at      DATETIME(6)   NULL,
    ADD COLUMN decision_reason VARCHAR(30)   NULL,
    ADD COLUMN decision_note   VARCHAR(1000) NULL,
    ADD CONSTRAINT fk_crt_application_decided_by FOREIGN KEY (decided_by) REFERENCES idn_account (id);

CREATE TABLE crt_number_sequence (
    city_code VARCHAR(4) NOT NULL,
    year      INT        NOT NULL,
    last      INT        NOT NULL,
    PRIMARY KEY (city_code, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE crt_certificate (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    number            VARCHAR(30)  NOT NULL,
    verification_code VARCHAR(40)  NOT NULL,
    application_id    BIGINT       NOT NULL,
    account_id        BIGINT       NOT NULL,
    scheme_code       VARCHAR(40)  NOT NULL,
    holder_name       VARCHAR(100) NOT NULL,
    koperasi_name     VARCHAR(200) NOT NULL,
    issued_at         DATETIME(6)  NOT NULL,
    valid_until       DATETIME(6)  NOT NULL,
    issued_by         BIGINT       NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    snapshot          MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_crt_certificate_number (number),
    UNIQUE KEY uq_crt_certificate_code (verification_code),
    UNIQUE KEY uq_crt_certificate_application (application_id),
    KEY ix_crt_certificate_account (account_id),
    CONSTRAINT fk_crt_certificate_application FOREIGN KEY (application_id) REFERENCES crt_application (id),
    CONSTRAINT fk_crt_certificate_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT fk_crt_certificate_issued_by FOREIGN KEY (issued_by) REFERENCES idn_account (id),
    CONSTRAINT ck_crt_certificate_status CHECK (status IN ('VALID', 'REVOKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
