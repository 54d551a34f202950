-- Courses with versions, modules and lessons in several languages; audience tracks; cohorts;
-- enrolments with the lessons each learner has done.

CREATE TABLE audience_track (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_en  VARCHAR(100) NOT NULL,
    name_ru  VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO audience_track (code, name_en, name_ru) VALUES
    ('practitioner', 'Practitioners (psychologists, social workers)', 'Специалисты (психологи, социальные работники)'),
    ('journalist',   'Journalists',                                  'Журналисты'),
    ('theologian',   'Theologians and religious counsellors',        'Теологи и религиозные консультанты'),
    ('teacher',      'Teachers and social pedagogues',               'Учителя и социальные педагоги');

CREATE TABLE course (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    self_enrolment  BOOLEAN      NOT NULL DEFAULT TRUE,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_course_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_prerequisite (
    course_id          BIGINT NOT NULL,
    required_course_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, required_course_id),
    CONSTRAINT fk_prerequisite_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_prerequisite_required FOREIGN KEY (required_course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_version (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id         BIGINT       NOT NULL,
    number            INT          NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    estimated_minutes INT          NOT NULL,
    cpd_hours         DECIMAL(6,2) NOT NULL,
    published_at      TIMESTAMP(3) NULL,
    published_by      VARCHAR(64)  NULL,
    CONSTRAINT uq_course_version UNIQUE (course_id, number),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id),
    INDEX ix_course_version_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_version_text (
    version_id BIGINT        NOT NULL,
    lang       VARCHAR(8)    NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    summary    VARCHAR(2000) NULL,
    PRIMARY KEY (version_id, lang),
    CONSTRAINT fk_course_text_version FOREIGN KEY (version_id) REFERENCES course_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_version_language (
    version_id BIGINT     NOT NULL,
    position   INT        NOT NULL,
    lang       VARCHAR(8) NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_course_language_version FOREIGN KEY (version_id) REFERENCES course_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_version_audience (
    version_id BIGINT      NOT NULL,
    audience   VARCHAR(40) NOT NULL,
    PRIMARY KEY (version_id, audience),
    CONSTRAINT fk_course_audience_version FOREIGN KEY (version_id) REFERENCES course_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_audience_track FOREIGN KEY (audience) REFERENCES audience_track (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_version_theme (
    version_id BIGINT      NOT NULL,
    theme      VARCHAR(60) NOT NULL,
    PRIMARY KEY (version_id, theme),
    CONSTRAINT fk_course_theme_version FOREIGN KEY (version_id) REFERENCES course_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- version_id and position are written after the row by the JPA provider's ordered list mapping
CREATE TABLE course_module (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT      NULL,
    position    INT         NULL,
    content_key CHAR(12)    NOT NULL,
    CONSTRAINT fk_course_module_version FOREIGN KEY (version_id) REFERENCES course_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_module_title (
    module_id BIGINT       NOT NULL,
    lang      VARCHAR(8)   NOT NULL,
    title     VARCHAR(200) NOT NULL,
    PRIMARY KEY (module_id, lang),
    CONSTRAINT fk_module_title_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lesson (
    id                BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id         BIGINT   NULL,
    position          INT      NULL,
    content_key       CHAR(12) NOT NULL,
    estimated_minutes INT      NOT NULL,
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE,
    INDEX ix_lesson_key (content_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lesson_text (
    lesson_id BIGINT       NOT NULL,
    lang      VARCHAR(8)   NOT NULL,
    title     VARCHAR(200) NOT NULL,
    body      MEDIUMTEXT   NOT NULL,
    video_url VARCHAR(500) NULL,
    PRIMARY KEY (lesson_id, lang),
    CONSTRAINT fk_lesson_text_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lesson_attachment (
    lesson_id BIGINT NOT NULL,
    position  INT    NOT NULL,
    asset_id  BIGINT NOT NULL,
    PRIMARY KEY (lesson_id, position),
    CONSTRAINT fk_lesson_attachment_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id  BIGINT       NOT NULL,
    name       VARCHAR(120) NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_cohort_name UNIQUE (course_id, name),
    CONSTRAINT fk_cohort_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enrollment (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id       BIGINT       NOT NULL,
    learner         VARCHAR(64)  NOT NULL,
    version_number  INT          NOT NULL,
    cohort_id       BIGINT       NULL,
    status          VARCHAR(12)  NOT NULL,
    enrolled_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    enrolled_by     VARCHAR(64)  NOT NULL,
    completed_at    TIMESTAMP(3) NULL,
    last_lesson_key CHAR(12)     NULL,
    last_visit_at   TIMESTAMP(3) NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_enrollment UNIQUE (course_id, learner),
    CONSTRAINT fk_enrollment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrollment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrollment_learner FOREIGN KEY (learner) REFERENCES app_user (username),
    INDEX ix_enrollment_learner (learner, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lesson_done (
    enrollment_id BIGINT       NOT NULL,
    lesson_key    CHAR(12)     NOT NULL,
    done_at       TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (enrollment_id, lesson_key),
    CONSTRAINT fk_lesson_done_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
