-- Learning: who takes which course, and how far they got. An enrolment pins the published version the member took,
-- so a course republished later changes nothing in it; a lesson the member never opened has no progress row.
-- Counters on the enrolment are kept up to date by the events that change them (never by a batch), so the member's
-- home and the trainer's grid read one row per course instead of counting progress rows.
CREATE TABLE lrn_enrolment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL DEFAULT 0,
    account_id         BIGINT        NOT NULL,
    course_id          BIGINT        NOT NULL,
    version_id         BIGINT        NOT NULL,
    enrolled_at        DATETIME(6)   NOT NULL,
    enrolled_by        BIGINT        NOT NULL,
    lessons_total      INT           NOT NULL,
    lessons_done       INT           NOT NULL DEFAULT 0,
    exam_required      BOOLEAN       NOT NULL,
    exam_passed_at     DATETIME(6)   NULL,
    exam_best_percent  DECIMAL(5, 2) NULL,
    completed_at       DATETIME(6)   NULL,
    last_lesson_no     INT           NULL,
    last_visit_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_lrn_enrolment (account_id, course_id),
    KEY ix_lrn_enrolment_course (course_id, completed_at),
    KEY ix_lrn_enrolment_recent (account_id, last_visit_at),
    CONSTRAINT fk_lrn_enrolment_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT fk_lrn_enrolment_course FOREIGN KEY (course_id) REFERENCES cat_course (id),
    CONSTRAINT fk_lrn_enrolment_version FOREIGN KEY (version_id) REFERENCES cat_course_version (id),
    CONSTRAINT fk_lrn_enrolment_by FOREIGN KEY (enrolled_by) REFERENCES idn_account (id),
    CONSTRAINT ck_lrn_enrolment_done CHECK (lessons_done BETWEEN 0 AND lessons_total)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one row per lesson a member has opened; lesson_no is the lesson's place in the pinned version (1..total)
CREATE TABLE lrn_lesson_progress (
    enrolment_id    BIGINT       NOT NULL,
    lesson_no       INT          NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    first_visit_at  DATETIME(6)  NOT NULL,
    last_visit_at   DATETIME(6)  NOT NULL,
    seconds_spent   INT          NOT NULL DEFAULT 0,
    completed_at    DATETIME(6)  NULL,
    PRIMARY KEY (enrolment_id, lesson_no),
    CONSTRAINT fk_lrn_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES lrn_enrolment (id),
    CONSTRAINT ck_lrn_progress_status CHECK (status IN ('IN_PROGRESS', 'COMPLETED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a trainer's correction of a status, with the value it replaced: rows are only ever added
CREATE TABLE lrn_progress_override (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    enrolment_id     BIGINT        NOT NULL,
    lesson_no        INT           NULL,
    previous_status  VARCHAR(12)   NOT NULL,
    new_status       VARCHAR(12)   NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    by_account_id    BIGINT        NOT NULL,
    at               DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_lrn_override_enrolment (enrolment_id),
    CONSTRAINT fk_lrn_override_enrolment FOREIGN KEY (enrolment_id) REFERENCES lrn_enrolment (id),
    CONSTRAINT fk_lrn_override_by FOREIGN KEY (by_account_id) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
