-- A lesson may carry a short quiz drawn from one of its course's banks; passing it completes the lesson.
ALTER TABLE cat_lesson
    ADD COLUMN quiz_bank_path      VARCHAR(200) NULL,
    ADD COLUMN quiz_question_count INT          NULL,
    ADD COLUMN quiz_pass_mark      INT          NULL,
    ADD COLUMN quiz_category       VARCHAR(200) NULL,
    ADD CONSTRAINT ck_cat_lesson_quiz CHECK ((quiz_bank_path IS NULL) = (quiz_question_count IS NULL)
        AND (quiz_bank_path IS NULL) = (quiz_pass_mark IS NULL));

-- Attempts belong to the final exam (lesson_no 0) or to the quiz of lesson n; each counts its own attempts.
ALTER TABLE asm_attempt
    ADD COLUMN lesson_no INT NOT NULL DEFAULT 0 AFTER course_version_id,
    DROP INDEX uq_asm_attempt_number,
    ADD UNIQUE KEY uq_asm_attempt_number (enrolment_id, lesson_no, number);
