-- Face-to-face sessions: sosialisasi per kecamatan, pelatihan per kelurahan, ujian praktik. Each session has its
-- own random secret from which every instance derives the same rotating check-in code.
CREATE TABLE lrn_session (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    version         BIGINT       NOT NULL DEFAULT 0,
    kind            VARCHAR(20)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    course_code     VARCHAR(20)  NULL,
    scheme_code     VARCHAR(40)  NULL,
    region_code     VARCHAR(13)  NOT NULL,
    place           VARCHAR(200) NOT NULL,
    place_key       VARCHAR(200) NOT NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6)  NOT NULL,
    capacity        INT          NOT NULL,
    check_in_secret VARBINARY(32) NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_lrn_session_region (region_code, starts_at),
    KEY ix_lrn_session_place (region_code, place_key, starts_at),
    CONSTRAINT fk_lrn_session_region FOREIGN KEY (region_code) REFERENCES org_region (code),
    CONSTRAINT fk_lrn_session_by FOREIGN KEY (created_by) REFERENCES idn_account (id),
    CONSTRAINT ck_lrn_session_time CHECK (ends_at > starts_at),
    CONSTRAINT ck_lrn_session_capacity CHECK (capacity > 0),
    CONSTRAINT ck_lrn_session_kind CHECK (kind IN ('SOSIALISASI', 'PELATIHAN', 'UJIAN_PRAKTIK')),
    CONSTRAINT ck_lrn_session_status CHECK (status IN ('SCHEDULED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the koperasi whose members are invited
CREATE TABLE lrn_session_koperasi (
    session_id  BIGINT NOT NULL,
    koperasi_id BIGINT NOT NULL,
    PRIMARY KEY (session_id, koperasi_id),
    KEY ix_lrn_session_koperasi (koperasi_id),
    CONSTRAINT fk_lrn_session_koperasi_session FOREIGN KEY (session_id) REFERENCES lrn_session (id),
    CONSTRAINT fk_lrn_session_koperasi_koperasi FOREIGN KEY (koperasi_id) REFERENCES org_koperasi (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a member's seat: REGISTERED within capacity, WAITLISTED in the order they asked, CANCELLED when they withdrew
CREATE TABLE lrn_session_registration (
    session_id    BIGINT      NOT NULL,
    account_id    BIGINT      NOT NULL,
    status        VARCHAR(12) NOT NULL,
    registered_at DATETIME(6) NOT NULL,
    changed_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, account_id),
    KEY ix_lrn_registration_queue (session_id, status, registered_at),
    KEY ix_lrn_registration_account (account_id),
    CONSTRAINT fk_lrn_registration_session FOREIGN KEY (session_id) REFERENCES lrn_session (id),
    CONSTRAINT fk_lrn_registration_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT ck_lrn_registration_status CHECK (status IN ('REGISTERED', 'WAITLISTED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- attendance as it stands; every change (check-in, by hand, from the signed sheet) is kept in lrn_attendance_change
CREATE TABLE lrn_attendance (
    session_id  BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    status      VARCHAR(10) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, account_id),
    KEY ix_lrn_attendance_account (account_id),
    CONSTRAINT fk_lrn_attendance_session FOREIGN KEY (session_id) REFERENCES lrn_session (id),
    CONSTRAINT fk_lrn_attendance_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT ck_lrn_attendance_status CHECK (status IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lrn_attendance_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    session_id  BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    old_status  VARCHAR(10)  NULL,
    new_status  VARCHAR(10)  NOT NULL,
    how         VARCHAR(10)  NOT NULL,
    reason      VARCHAR(500) NULL,
    changed_by  BIGINT       NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_lrn_attendance_change (session_id, account_id, changed_at),
    CONSTRAINT fk_lrn_attendance_change_session FOREIGN KEY (session_id) REFERENCES lrn_session (id),
    CONSTRAINT fk_lrn_attendance_change_by FOREIGN KEY (changed_by) REFERENCES idn_account (id),
    CONSTRAINT ck_lrn_attendance_change_how CHECK (how IN ('CHECK_IN', 'MANUAL', 'SHEET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
