-- Per survey, month and organisation: people asked that month and how many of them have answered,
-- and the month's replies that said something of practice and how many said it changed. Kept
-- current by JpaSurveyCounts with each invitation and reply, so a dashboard not narrowed by facts
-- sums a few thousand rows instead of every invitation of the period (narrowed by facts, it still
-- reads survey_reach and survey_reply, which carry them). No person is in it.
CREATE TABLE survey_month (
    survey_id         BIGINT  NOT NULL,
    month             DATE    NOT NULL,
    organisation_id   BIGINT  NOT NULL,
    asked             INT     NOT NULL DEFAULT 0,
    answered          INT     NOT NULL DEFAULT 0,
    practice_said     INT     NOT NULL DEFAULT 0,
    practice_changed  INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (month, organisation_id, survey_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- rebuilt from the invitations and replies (benchmarks/monitoring.sh runs this part again after seeding)
DELETE FROM survey_month;
INSERT INTO survey_month (survey_id, month, organisation_id, asked, answered)
SELECT survey_id, DATE_FORMAT(invited_on, '%Y-%m-01'), organisation_id, COUNT(*), COUNT(answered_in)
FROM survey_reach GROUP BY survey_id, DATE_FORMAT(invited_on, '%Y-%m-01'), organisation_id;
INSERT INTO survey_month (survey_id, month, organisation_id, practice_said, practice_changed)
SELECT survey_id, answered_in, organisation_id, COUNT(practice_changed), SUM(IF(practice_changed, 1, 0))
FROM survey_reply GROUP BY survey_id, answered_in, organisation_id
ON DUPLICATE KEY UPDATE practice_said = VALUES(practice_said), practice_changed = VALUES(practice_changed);
