-- Certification schemes are data the system admin manages: which courses must be completed, the lowest final-exam
-- score in each, the attendance at the scheme's face-to-face sessions, the declarations to sign, and how long a
-- certificate is valid. The three default schemes of the programme are loaded here.
CREATE TABLE crt_scheme (
    code                   VARCHAR(40)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    name_id                VARCHAR(200) NOT NULL,
    name_en                VARCHAR(200) NOT NULL,
    positions              VARCHAR(200) NOT NULL,
    min_exam_percent       INT          NOT NULL,
    min_attendance_percent INT          NULL,
    validity_months        INT          NOT NULL,
    recert_window_months   INT          NOT NULL,
    active                 BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code),
    CONSTRAINT ck_crt_scheme_exam CHECK (min_exam_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_crt_scheme_attendance CHECK (min_attendance_percent IS NULL OR min_attendance_percent BETWEEN 1 AND 100),
    CONSTRAINT ck_crt_scheme_validity CHECK (validity_months > 0 AND recert_window_months >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE crt_scheme_course (
    scheme_code VARCHAR(40) NOT NULL,
    course_code VARCHAR(20) NOT NULL,
    position    INT         NOT NULL,   -- 0-based reading order
    PRIMARY KEY (scheme_code, course_code),
    CONSTRAINT fk_crt_scheme_course FOREIGN KEY (scheme_code) REFERENCES crt_scheme (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE crt_scheme_declaration (
    scheme_code VARCHAR(40) NOT NULL,
    declaration VARCHAR(20) NOT NULL,
    PRIMARY KEY (scheme_code, declaration),
    CONSTRAINT fk_crt_scheme_declaration FOREIGN KEY (scheme_code) REFERENCES crt_scheme (code),
    CONSTRAINT ck_crt_scheme_declaration CHECK (declaration IN ('NO_KINSHIP', 'NOT_PERANGKAT', 'DATA_TRUE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO crt_scheme (code, name_id, name_en, positions, min_exam_percent, min_attendance_percent, validity_months,
                        recert_window_months) VALUES
    ('CALON_PENGURUS', 'Calon Pengurus', 'Board Candidate', 'PENGURUS', 70, 80, 36, 6),
    ('CALON_PENGAWAS', 'Calon Pengawas', 'Supervisor Candidate', 'PENGAWAS', 70, NULL, 36, 6),
    ('MANAJER_UNIT_USAHA', 'Manajer Unit Usaha', 'Business Unit Manager', 'MANAJER,BENDAHARA_USP', 75, NULL, 36, 6);

INSERT INTO crt_scheme_course (scheme_code, course_code, position) VALUES
    ('CALON_PENGURUS', 'KOP-01', 0), ('CALON_PENGURUS', 'KOP-02', 1), ('CALON_PENGURUS', 'KOP-03', 2),
    ('CALON_PENGURUS', 'KOP-04', 3), ('CALON_PENGURUS', 'KOP-08', 4),
    ('CALON_PENGAWAS', 'KOP-01', 0), ('CALON_PENGAWAS', 'KOP-02', 1), ('CALON_PENGAWAS', 'KOP-03', 2),
    ('CALON_PENGAWAS', 'KOP-04', 3), ('CALON_PENGAWAS', 'KOP-05', 4),
    ('MANAJER_UNIT_USAHA', 'KOP-05', 0), ('MANAJER_UNIT_USAHA', 'KOP-06', 1), ('MANAJER_UNIT_USAHA', 'KOP-07', 2),
    ('MANAJER_UNIT_USAHA', 'KOP-08', 3);

INSERT INTO crt_scheme_declaration (scheme_code, declaration) VALUES
    ('CALON_PENGURUS', 'NO_KINSHIP'), ('CALON_PENGURUS', 'NOT_PERANGKAT'), ('CALON_PENGURUS', 'DATA_TRUE'),
    ('CALON_PENGAWAS', 'DATA_TRUE'), ('MANAJER_UNIT_USAHA', 'DATA_TRUE');
