-- Exams: an attempt names the immutable bank of the published version it was drawn from and which of its questions
-- it drew in which order (question_order), so the member's questions can always be shown again exactly as they saw
-- them. Every answer is saved as it is given; a submitted attempt is graded once and never changes.
CREATE TABLE asm_attempt (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    enrolment_id      BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    course_version_id BIGINT        NOT NULL,
    bank_id           BIGINT        NOT NULL,
    number            INT           NOT NULL,
    question_order    VARCHAR(2000) NOT NULL,
    shuffle_seed      BIGINT        NOT NULL,
    pass_mark         INT           NOT NULL,
    started_at        DATETIME(6)   NOT NULL,
    deadline_at       DATETIME(6)   NOT NULL,
    submitted_at      DATETIME(6)   NULL,
    submitted_how     VARCHAR(10)   NULL,
    percent           DECIMAL(5, 2) NULL,
    passed            BOOLEAN       NULL,
    PRIMARY KEY (id),
    -- two starts at once (a double tap, two phones) cannot both create attempt n
    UNIQUE KEY uq_asm_attempt_number (enrolment_id, number),
    KEY ix_asm_attempt_open (submitted_at, deadline_at),
    CONSTRAINT fk_asm_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES lrn_enrolment (id),
    CONSTRAINT fk_asm_attempt_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT fk_asm_attempt_version FOREIGN KEY (course_version_id) REFERENCES cat_course_version (id),
    CONSTRAINT fk_asm_attempt_bank FOREIGN KEY (bank_id) REFERENCES cat_question_bank (id),
    CONSTRAINT ck_asm_attempt_how CHECK (submitted_how IS NULL OR submitted_how IN ('MEMBER', 'TIMEOUT')),
    CONSTRAINT ck_asm_attempt_graded CHECK ((submitted_at IS NULL) = (percent IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- slot is the question's place in the attempt (1..n); response is Response.toStorage(); fraction set at grading
CREATE TABLE asm_answer (
    attempt_id  BIGINT        NOT NULL,
    slot        INT           NOT NULL,
    response    VARCHAR(4000) NOT NULL,
    saved_at    DATETIME(6)   NOT NULL,
    fraction    DECIMAL(5, 4) NULL,
    PRIMARY KEY (attempt_id, slot),
    CONSTRAINT fk_asm_answer_attempt FOREIGN KEY (attempt_id) REFERENCES asm_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
