-- Organisation: the region hierarchy with official Kemendagri codes, one koperasi per kelurahan/desa, memberships.
CREATE TABLE org_region (
    code        VARCHAR(13)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    parent_code VARCHAR(13)  NULL,
    PRIMARY KEY (code),
    KEY ix_org_region_parent (parent_code, name),
    KEY ix_org_region_level (level, name),
    CONSTRAINT fk_org_region_parent FOREIGN KEY (parent_code) REFERENCES org_region (code),
    CONSTRAINT ck_org_region_level CHECK (level IN ('PROVINSI', 'KABUPATEN_KOTA', 'KECAMATAN', 'KELURAHAN_DESA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_koperasi (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    region_code VARCHAR(13)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_org_koperasi_region (region_code),
    KEY ix_org_koperasi_name (name),
    CONSTRAINT fk_org_koperasi_region FOREIGN KEY (region_code) REFERENCES org_region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Identity: accounts, role grants scoped to a region, login throttling shared by every app instance.
CREATE TABLE idn_account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    display_name        VARCHAR(100) NOT NULL,
    email               VARCHAR(254) NULL,
    phone               VARCHAR(16)  NULL,
    password_hash       VARCHAR(400) NOT NULL,
    nik_cipher          VARBINARY(64) NULL,
    nik_hash            BINARY(32)   NULL,
    birth_date          DATE         NULL,
    status              VARCHAR(10)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_idn_account_email (email),
    UNIQUE KEY uq_idn_account_phone (phone),
    UNIQUE KEY uq_idn_account_nik (nik_hash),
    KEY ix_idn_account_name (display_name),
    CONSTRAINT ck_idn_account_status CHECK (status IN ('ACTIVE', 'DISABLED')),
    CONSTRAINT ck_idn_account_login CHECK (email IS NOT NULL OR phone IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idn_role_grant (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    -- '' means everywhere; otherwise a region code: the grant covers that region and all below it
    scope_code  VARCHAR(13) NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, role, scope_code),
    KEY ix_idn_role_grant_role (role, scope_code),
    CONSTRAINT fk_idn_role_grant_account FOREIGN KEY (account_id) REFERENCES idn_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_idn_role_grant_role CHECK (role IN ('MEMBER', 'TRAINER', 'COOP_ADMIN', 'VERIFIER', 'SYSADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idn_login_throttle (
    login_key      CHAR(64)    NOT NULL,
    failures       INT         NOT NULL,
    first_failure  DATETIME(6) NOT NULL,
    locked_until   DATETIME(6) NULL,
    PRIMARY KEY (login_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_membership (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version     BIGINT      NOT NULL DEFAULT 0,
    account_id  BIGINT      NOT NULL,
    koperasi_id BIGINT      NOT NULL,
    status      VARCHAR(10) NOT NULL,
    joined_at   DATETIME(6) NOT NULL,
    ended_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_org_membership_account (account_id),
    KEY ix_org_membership_koperasi (koperasi_id, status),
    CONSTRAINT fk_org_membership_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT fk_org_membership_koperasi FOREIGN KEY (koperasi_id) REFERENCES org_koperasi (id),
    CONSTRAINT ck_org_membership_status CHECK (status IN ('ACTIVE', 'ENDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
