-- The whole life of a certification: DKUMPP may ask the member for more information (and the member answers), a
-- scheme may require two different officers to approve, a rejected member is told from when they may apply again,
-- certificates expire (a scheduled job), are revoked with a reason, and a recertification within the window issues
-- a new certificate linked to the old one. The certificate also freezes the scheme's names and the officer's name,
-- so the PDF and the public page never change when a scheme or an account is renamed later.

ALTER TABLE crt_scheme
    ADD COLUMN two_officer_approval BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN reapply_wait_days    INT     NOT NULL DEFAULT 30,
    ADD CONSTRAINT ck_crt_scheme_reapply CHECK (reapply_wait_days BETWEEN 0 AND 365);

ALTER TABLE crt_application
    ADD COLUMN info_request          VARCHAR(1000) NULL,
    ADD COLUMN info_requested_by     BIGINT        NULL,
    ADD COLUMN info_requested_at     DATETIME(6)   NULL,
    ADD COLUMN info_reply            VARCHAR(2000) NULL,
    ADD COLUMN info_replied_at       DATETIME(6)   NULL,
    ADD COLUMN first_approved_by     BIGINT        NULL,
    ADD COLUMN first_approved_at     DATETIME(6)   NULL,
    ADD COLUMN reapply_after         DATETIME(6)   NULL,
    ADD COLUMN renews_certificate_id BIGINT        NULL,
    ADD CONSTRAINT fk_crt_application_info_by FOREIGN KEY (info_requested_by) REFERENCES idn_account (id),
    ADD CONSTRAINT fk_crt_application_first_by FOREIGN KEY (first_approved_by) REFERENCES idn_account (id),
    ADD CONSTRAINT fk_crt_application_renews FOREIGN KEY (renews_certificate_id) REFERENCES crt_certificate (id);

ALTER TABLE crt_certificate
    DROP CONSTRAINT ck_crt_certificate_status;

ALTER TABLE crt_certificate
    ADD COLUMN scheme_name_id        VARCHAR(200)  NULL,
    ADD COLUMN scheme_name_en        VARCHAR(200)  NULL,
    ADD COLUMN issued_by_name        VARCHAR(100)  NULL,
    ADD COLUMN region_code           VARCHAR(13)   NULL,
    ADD COLUMN revoked_at            DATETIME(6)   NULL,
    ADD COLUMN revoked_by            BIGINT        NULL,
    ADD COLUMN revoke_reason         VARCHAR(1000) NULL,
    ADD COLUMN expired_at            DATETIME(6)   NULL,
    ADD COLUMN renews_certificate_id BIGINT        NULL,
    ADD CONSTRAINT fk_crt_certificate_revoked_by FOREIGN KEY (revoked_by) REFERENCES idn_account (id),
    ADD CONSTRAINT fk_crt_certificate_renews FOREIGN KEY (renews_certificate_id) REFERENCES crt_certificate (id),
    ADD CONSTRAINT ck_crt_certificate_status CHECK (status IN ('VALID', 'EXPIRED', 'REVOKED')),
    -- the expiry job walks VALID certificates by end date
    ADD KEY ix_crt_certificate_expiry (status, valid_until),
    ADD KEY ix_crt_certificate_region (region_code, status);

UPDATE crt_certificate c
    JOIN crt_scheme s ON s.code = c.scheme_code
    JOIN idn_account x ON x.id = c.issued_by
    JOIN crt_application a ON a.id = c.application_id
SET c.scheme_name_id = s.name_id, c.scheme_name_en = s.name_en, c.issued_by_name = x.display_name,
    c.region_code = a.region_code;

ALTER TABLE crt_certificate
    MODIFY scheme_name_id VARCHAR(200) NOT NULL,
    MODIFY scheme_name_en VARCHAR(200) NOT NULL,
    MODIFY issued_by_name VARCHAR(100) NOT NULL,
    MODIFY region_code    VARCHAR(13)  NOT NULL;
