-- Board elections of a koperasi, the nominations put to the rules, and what the COOP_ADMIN records about members
-- that the rules need (kinship between accounts, who is lurah/perangkat/BPD). A refused nomination is stored with
-- its reasons (rule codes and facts as JSON, rendered in the reader's language); an accepted one keeps the number
-- and verification code of the certificate it rests on for the candidate list. The sitting board is the elected
-- nominations of the koperasi's latest election with a recorded result whose term covers the day.
CREATE TABLE nom_election (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    koperasi_id   BIGINT       NOT NULL,
    region_code   VARCHAR(13)  NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    election_date DATE         NOT NULL,
    place         VARCHAR(200) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_by    BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    term_start    DATE         NULL,
    term_end      DATE         NULL,
    result_by     BIGINT       NULL,
    result_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_nom_election_koperasi (koperasi_id, status, election_date),
    CONSTRAINT fk_nom_election_koperasi FOREIGN KEY (koperasi_id) REFERENCES org_koperasi (id),
    CONSTRAINT fk_nom_election_created_by FOREIGN KEY (created_by) REFERENCES idn_account (id),
    CONSTRAINT fk_nom_election_result_by FOREIGN KEY (result_by) REFERENCES idn_account (id),
    CONSTRAINT ck_nom_election_kind CHECK (kind IN ('MUSYAWARAH_KELURAHAN_KHUSUS', 'RAPAT_ANGGOTA')),
    CONSTRAINT ck_nom_election_status CHECK (status IN ('OPEN', 'RESULT_RECORDED')),
    CONSTRAINT ck_nom_election_term CHECK (term_start IS NULL OR (term_end > term_start
                                           AND term_end <= DATE_ADD(term_start, INTERVAL 5 YEAR)))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nom_election_seat (
    election_id BIGINT      NOT NULL,
    position    VARCHAR(30) NOT NULL,
    seats       INT         NOT NULL,
    PRIMARY KEY (election_id, position),
    CONSTRAINT fk_nom_election_seat FOREIGN KEY (election_id) REFERENCES nom_election (id),
    CONSTRAINT ck_nom_election_seat CHECK (seats BETWEEN 1 AND 9)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nom_nomination (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL DEFAULT 0,
    election_id        BIGINT        NOT NULL,
    account_id         BIGINT        NOT NULL,
    position           VARCHAR(30)   NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    reasons            VARCHAR(4000) NULL,
    certificate_id     BIGINT        NULL,
    certificate_number VARCHAR(30)   NULL,
    verification_code  VARCHAR(40)   NULL,
    decided_by         BIGINT        NOT NULL,
    decided_at         DATETIME(6)   NOT NULL,
    withdrawn_by       BIGINT        NULL,
    ended_at           DATETIME(6)   NULL,
    elected            BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    KEY ix_nom_nomination_election (election_id, status, position),
    KEY ix_nom_nomination_account (account_id, status),
    KEY ix_nom_nomination_certificate (certificate_id, status),
    CONSTRAINT fk_nom_nomination_election FOREIGN KEY (election_id) REFERENCES nom_election (id),
    CONSTRAINT fk_nom_nomination_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT fk_nom_nomination_certificate FOREIGN KEY (certificate_id) REFERENCES crt_certificate (id),
    CONSTRAINT fk_nom_nomination_decided_by FOREIGN KEY (decided_by) REFERENCES idn_account (id),
    CONSTRAINT fk_nom_nomination_withdrawn_by FOREIGN KEY (withdrawn_by) REFERENCES idn_account (id),
    CONSTRAINT ck_nom_nomination_status CHECK (status IN ('ACCEPTED', 'REFUSED', 'WITHDRAWN', 'INELIGIBLE')),
    CONSTRAINT ck_nom_nomination_accepted CHECK (status = 'REFUSED' OR certificate_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- First-degree blood or marriage relations the COOP_ADMIN recorded; one row per pair, lower account id first.
CREATE TABLE nom_kinship (
    koperasi_id  BIGINT      NOT NULL,
    account_low  BIGINT      NOT NULL,
    account_high BIGINT      NOT NULL,
    relation     VARCHAR(20) NOT NULL,
    recorded_by  BIGINT      NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (koperasi_id, account_low, account_high),
    CONSTRAINT fk_nom_kinship_koperasi FOREIGN KEY (koperasi_id) REFERENCES org_koperasi (id),
    CONSTRAINT fk_nom_kinship_low FOREIGN KEY (account_low) REFERENCES idn_account (id),
    CONSTRAINT fk_nom_kinship_high FOREIGN KEY (account_high) REFERENCES idn_account (id),
    CONSTRAINT fk_nom_kinship_by FOREIGN KEY (recorded_by) REFERENCES idn_account (id),
    CONSTRAINT ck_nom_kinship_pair CHECK (account_low < account_high),
    CONSTRAINT ck_nom_kinship_relation CHECK (relation IN ('PARENT_CHILD', 'SPOUSE', 'SIBLING', 'IN_LAW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members the COOP_ADMIN recorded as lurah/kepala desa, perangkat or BPD: they may not sit in the pengurus.
CREATE TABLE nom_village_official (
    koperasi_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    office      VARCHAR(20) NOT NULL,
    recorded_by BIGINT      NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (koperasi_id, account_id),
    CONSTRAINT fk_nom_official_koperasi FOREIGN KEY (koperasi_id) REFERENCES org_koperasi (id),
    CONSTRAINT fk_nom_official_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT fk_nom_official_by FOREIGN KEY (recorded_by) REFERENCES idn_account (id),
    CONSTRAINT ck_nom_official_office CHECK (office IN ('LURAH', 'PERANGKAT', 'BPD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a nominee and the koperasi's secretariat are told when a nomination turns ineligible. A notice for the
-- secretariat names the koperasi (account_id NULL); one for the candidate names their account.
CREATE TABLE nom_notice (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    koperasi_id   BIGINT        NOT NULL,
    account_id    BIGINT        NULL,
    nomination_id BIGINT        NOT NULL,
    message_key   VARCHAR(100)  NOT NULL,
    args          VARCHAR(1000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_nom_notice_koperasi (koperasi_id, created_at),
    KEY ix_nom_notice_account (account_id, created_at),
    CONSTRAINT fk_nom_notice_koperasi FOREIGN KEY (koperasi_id) REFERENCES org_koperasi (id),
    CONSTRAINT fk_nom_notice_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT fk_nom_notice_nomination FOREIGN KEY (nomination_id) REFERENCES nom_nomination (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
