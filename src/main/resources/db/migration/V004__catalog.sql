-- Catalog: courses and their versions. A version is either the one DRAFT a trainer edits, or PUBLISHED and then
-- frozen: learners only ever see published versions, and progress refers to the version a member took.
CREATE TABLE cat_course (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    version           BIGINT      NOT NULL DEFAULT 0,
    code              VARCHAR(20) NOT NULL,
    origin            VARCHAR(10) NOT NULL,
    owner_account_id  BIGINT      NULL,
    created_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_cat_course_code (code),
    CONSTRAINT fk_cat_course_owner FOREIGN KEY (owner_account_id) REFERENCES idn_account (id),
    CONSTRAINT ck_cat_course_origin CHECK (origin IN ('SHIPPED', 'AUTHORED', 'UPLOADED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- trainers given a course besides its owner
CREATE TABLE cat_course_editor (
    course_id   BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (course_id, account_id),
    CONSTRAINT fk_cat_course_editor_course FOREIGN KEY (course_id) REFERENCES cat_course (id),
    CONSTRAINT fk_cat_course_editor_account FOREIGN KEY (account_id) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cat_course_version (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL DEFAULT 0,
    course_id           BIGINT        NOT NULL,
    number              INT           NULL,
    status              VARCHAR(10)   NOT NULL,
    latest              BOOLEAN       NOT NULL DEFAULT FALSE,
    title_id            VARCHAR(200)  NOT NULL,
    title_en            VARCHAR(200)  NOT NULL,
    summary_id          TEXT          NOT NULL,
    summary_en          TEXT          NOT NULL,
    category            VARCHAR(20)   NOT NULL,
    level               VARCHAR(10)   NOT NULL,
    estimated_minutes   INT           NOT NULL,
    leads_to            VARCHAR(400)  NOT NULL DEFAULT '',
    content_hash        CHAR(64)      NULL,
    exam_title_id       VARCHAR(200)  NULL,
    exam_title_en       VARCHAR(200)  NULL,
    exam_bank_path      VARCHAR(200)  NULL,
    exam_question_count INT           NULL,
    exam_pass_mark      INT           NULL,
    exam_time_limit_min INT           NULL,
    exam_max_attempts   INT           NULL,
    exam_wait_minutes   INT           NULL,
    search_text         MEDIUMTEXT    NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    published_at        DATETIME(6)   NULL,
    published_by        BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_cat_version_number (course_id, number),
    KEY ix_cat_version_latest (latest, status, category),
    FULLTEXT KEY ft_cat_version_search (search_text),
    CONSTRAINT fk_cat_version_course FOREIGN KEY (course_id) REFERENCES cat_course (id),
    CONSTRAINT ck_cat_version_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_cat_version_number CHECK ((status = 'DRAFT' AND number IS NULL) OR (status = 'PUBLISHED' AND number IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cat_module (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title_id    VARCHAR(200) NOT NULL,
    title_en    VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_cat_module_version (version_id, position),
    CONSTRAINT fk_cat_module_version FOREIGN KEY (version_id) REFERENCES cat_course_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cat_lesson (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    module_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    -- stable across versions (the file path in the package), so progress can follow a lesson into a new version
    lesson_key  VARCHAR(200) NOT NULL,
    title_id    VARCHAR(200) NOT NULL,
    title_en    VARCHAR(200) NOT NULL,
    minutes     INT          NOT NULL,
    markdown    MEDIUMTEXT   NOT NULL,
    html        MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_cat_lesson_module (module_id, position),
    CONSTRAINT fk_cat_lesson_module FOREIGN KEY (module_id) REFERENCES cat_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cat_material (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    lesson_id     BIGINT       NOT NULL,
    position      INT          NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    blob_sha256   CHAR(64)     NULL,
    file_name     VARCHAR(255) NULL,
    media_type    VARCHAR(100) NULL,
    size_bytes    BIGINT       NULL,
    video_url     VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_cat_material_lesson (lesson_id, position),
    KEY ix_cat_material_blob (blob_sha256),
    CONSTRAINT fk_cat_material_lesson FOREIGN KEY (lesson_id) REFERENCES cat_lesson (id),
    -- a file referenced by a version is never deleted
    CONSTRAINT fk_cat_material_blob FOREIGN KEY (blob_sha256) REFERENCES fil_blob (sha256) ON DELETE RESTRICT,
    CONSTRAINT ck_cat_material_kind CHECK (kind IN ('FILE', 'VIDEO_LINK')),
    CONSTRAINT ck_cat_material_target CHECK ((kind = 'FILE' AND blob_sha256 IS NOT NULL) OR (kind = 'VIDEO_LINK' AND video_url IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- media files of a package that lessons refer to (images in the Markdown)
CREATE TABLE cat_media (
    version_id   BIGINT       NOT NULL,
    path         VARCHAR(200) NOT NULL,
    blob_sha256  CHAR(64)     NOT NULL,
    PRIMARY KEY (version_id, path),
    CONSTRAINT fk_cat_media_version FOREIGN KEY (version_id) REFERENCES cat_course_version (id),
    CONSTRAINT fk_cat_media_blob FOREIGN KEY (blob_sha256) REFERENCES fil_blob (sha256) ON DELETE RESTRICT
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- question banks as written (GIFT or Aiken); the exam issue parses them into questions
CREATE TABLE cat_question_bank (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version_id  BIGINT       NOT NULL,
    path        VARCHAR(200) NOT NULL,
    format      VARCHAR(10)  NOT NULL,
    source      MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_cat_bank_path (version_id, path),
    CONSTRAINT fk_cat_bank_version FOREIGN KEY (version_id) REFERENCES cat_course_version (id),
    CONSTRAINT ck_cat_bank_format CHECK (format IN ('GIFT', 'AIKEN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
