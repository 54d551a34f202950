-- Course evaluations and follow-up surveys, never graded.
CREATE TABLE survey (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    weeks_after  INT           NOT NULL,
    anonymity    VARCHAR(16)   NOT NULL,
    status       VARCHAR(8)    NOT NULL,
    questions    TEXT          NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    opened_at    DATETIME(6)   NULL,
    closed_at    DATETIME(6)   NULL,
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_survey_course FOREIGN KEY (course_id) REFERENCES course (id),
    INDEX ix_survey_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who was asked and whether they answered; never when or what, so it cannot be matched to an anonymous response.
CREATE TABLE survey_invitation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id   BIGINT       NOT NULL,
    person      VARCHAR(64)  NOT NULL,
    invited_on  DATE         NOT NULL,
    answered    BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_invitation_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    UNIQUE KEY uq_invitation (survey_id, person),
    INDEX ix_invitation_person (person)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Answers; a random id and the month only, and the account only when the survey is confidential.
CREATE TABLE survey_response (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    survey_id        BIGINT       NOT NULL,
    answered_in      CHAR(7)      NOT NULL,
    organisation_id  BIGINT       NULL,
    respondent       VARCHAR(64)  NULL,
    answers          TEXT         NOT NULL,
    CONSTRAINT fk_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    INDEX ix_response_survey (survey_id),
    INDEX ix_response_respondent (respondent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Monitoring's own count of surveys: what each is, who was asked (an account number), and each reply's practice change.
CREATE TABLE counted_survey (
    survey_id    BIGINT        NOT NULL PRIMARY KEY,
    course_id    BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    follow_up    BOOLEAN       NOT NULL,
    weeks_after  INT           NOT NULL,
    anonymous    BOOLEAN       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_reach (
    survey_id        BIGINT  NOT NULL,
    person_id        BIGINT  NOT NULL,
    organisation_id  BIGINT  NOT NULL,
    invited_on       DATE    NOT NULL,
    answered_in      DATE    NULL,
    PRIMARY KEY (survey_id, person_id),
    INDEX ix_reach_month (invited_on, organisation_id, survey_id, answered_in),
    INDEX ix_reach_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a reply's id is random, as the response's is: the order of writing says nothing of who answered
CREATE TABLE survey_reply (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    survey_id         BIGINT   NOT NULL,
    organisation_id   BIGINT   NOT NULL,
    person_id         BIGINT   NULL,
    answered_in       DATE     NOT NULL,
    practice_changed  BOOLEAN  NULL,
    INDEX ix_reply_month (answered_in, organisation_id, survey_id, practice_changed),
    INDEX ix_reply_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
