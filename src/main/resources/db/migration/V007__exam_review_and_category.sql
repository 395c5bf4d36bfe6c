-- Two settings of a course's final exam, edited by trainers with the rest of the exam:
-- when a member may see right answers and feedback after submitting (NEVER, AFTER_SUBMIT, AFTER_PASS,
-- AFTER_LAST_ATTEMPT), and the GIFT category of the bank the questions are drawn from (NULL: every question).
ALTER TABLE cat_course_version
    ADD COLUMN exam_review_policy VARCHAR(20)  NULL AFTER exam_wait_minutes,
    ADD COLUMN exam_category      VARCHAR(200) NULL AFTER exam_review_policy;

-- exams that exist already get the default, so that every exam names its policy (see the constraint below)
UPDATE cat_course_version SET exam_review_policy = 'AFTER_SUBMIT' WHERE exam_bank_path IS NOT NULL;

ALTER TABLE cat_course_version
    ADD CONSTRAINT ck_cat_version_review CHECK (exam_review_policy IS NULL
        OR exam_review_policy IN ('NEVER', 'AFTER_SUBMIT', 'AFTER_PASS', 'AFTER_LAST_ATTEMPT')),
    ADD CONSTRAINT ck_cat_version_exam_review CHECK ((exam_bank_path IS NULL) = (exam_review_policy IS NULL));
