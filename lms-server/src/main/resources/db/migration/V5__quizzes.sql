-- Quizzes in course modules, attempts and the answers saved in them. An attempt keeps a copy of
-- its questions (JSON) so that editing a question never changes a grade; each answer is one row,
-- written in one statement each time it changes.
CREATE TABLE quiz (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id   BIGINT       NOT NULL,
    module_key  CHAR(12)     NOT NULL,
    bank_id     BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    required    BOOLEAN      NOT NULL DEFAULT TRUE,
    settings    TEXT         NOT NULL,
    slots       TEXT         NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_quiz_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_quiz_bank FOREIGN KEY (bank_id) REFERENCES question_bank (id),
    INDEX ix_quiz_course (course_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quiz_attempt (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    quiz_id       BIGINT        NOT NULL,
    course_id     BIGINT        NOT NULL,
    learner       VARCHAR(64)   NOT NULL,
    number        INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    started_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    deadline      TIMESTAMP(3)  NULL,
    submitted_at  TIMESTAMP(3)  NULL,
    questions     MEDIUMTEXT    NOT NULL,
    pass_percent  DECIMAL(7,4)  NOT NULL,
    score         DECIMAL(10,4) NULL,
    max_score     DECIMAL(10,4) NOT NULL,
    percent       DECIMAL(7,4)  NULL,
    passed        BOOLEAN       NULL,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT uq_attempt_number UNIQUE (quiz_id, learner, number),
    INDEX ix_attempt_open (status, deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attempt_answer (
    attempt_id  BIGINT        NOT NULL,
    slot        INT           NOT NULL,
    response    TEXT          NULL,
    saved_at    TIMESTAMP(3)  NULL,
    credit      DECIMAL(10,7) NULL,
    score       DECIMAL(10,4) NULL,
    graded_by   VARCHAR(64)   NULL,
    comment     VARCHAR(4000) NULL,
    PRIMARY KEY (attempt_id, slot),
    CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
