-- Question banks of a course and their questions. A question's definition (answers, pairs,
-- options) is one JSON document: it differs by type and is always read whole.
CREATE TABLE question_bank (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id   BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_bank_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT uq_bank_name UNIQUE (course_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE question (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bank_id     BIGINT       NOT NULL,
    category    VARCHAR(255) NOT NULL DEFAULT '',
    name        VARCHAR(255) NOT NULL,
    type        VARCHAR(24)  NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    definition  LONGTEXT     NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_question_bank FOREIGN KEY (bank_id) REFERENCES question_bank (id),
    INDEX ix_question_bank_category (bank_id, category)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
