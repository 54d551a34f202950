-- A trainer may pair a quiz as the pre-test of another quiz of its course (the post-test).
ALTER TABLE quiz ADD COLUMN pretest_for BIGINT NULL,
    ADD CONSTRAINT fk_quiz_pretest_for FOREIGN KEY (pretest_for) REFERENCES quiz (id) ON DELETE SET NULL;

-- Graded attempts as monitoring counts them: an account number, never a name.
CREATE TABLE test_score (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    course_id          BIGINT        NOT NULL,
    quiz_id            BIGINT        NOT NULL,
    pair_id            BIGINT        NULL,
    phase              VARCHAR(4)    NULL,
    day                DATE          NOT NULL,
    percent            DECIMAL(5,2)  NOT NULL,
    passed             BOOLEAN       NOT NULL,
    question_percents  TEXT          NOT NULL,
    INDEX ix_score_pair (pair_id, phase, day, organisation_id, person_id),
    INDEX ix_score_day (day, organisation_id, person_id, passed),
    INDEX ix_score_person (person_id, pair_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scored_quiz (
    quiz_id       BIGINT        NOT NULL PRIMARY KEY,
    course_id     BIGINT        NOT NULL,
    course_title  VARCHAR(200)  NOT NULL,
    quiz_title    VARCHAR(200)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- what was graded before: no pairs existed, and each question's share is not kept for them
INSERT INTO test_score (person_id, organisation_id, course_id, quiz_id, pair_id, phase, day, percent, passed, question_percents)
SELECT u.id, u.organisation_id, a.course_id, a.quiz_id, NULL, NULL, DATE(a.submitted_at), ROUND(a.percent, 2), COALESCE(a.passed, FALSE), ''
FROM quiz_attempt a JOIN app_user u ON u.username = a.learner
WHERE a.status = 'GRADED' AND a.submitted_at IS NOT NULL AND a.percent IS NOT NULL;

