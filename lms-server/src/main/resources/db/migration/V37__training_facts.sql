-- Monitoring counts what happens in people's training from events the domains tell it of, into a
-- table of its own: one row per enrolment, completion, certificate or signed-off session, with the
-- person's account number (never a name), their organisation, the course, the day and the month.
-- Dashboards group this table alone, on these indexes, instead of joining every domain's tables.

CREATE TABLE training_fact (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event            VARCHAR(20)   NOT NULL,
    person_id        BIGINT        NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    course_id        BIGINT        NULL,
    day              DATE          NOT NULL,
    month            INT           NOT NULL,
    amount           DECIMAL(9,2)  NOT NULL,
    INDEX ix_fact_event_day (event, day),
    INDEX ix_fact_organisation (organisation_id, event, day),
    INDEX ix_fact_course (course_id, event, day),
    INDEX ix_fact_person (person_id, course_id, event)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What happened before monitoring counted, counted now from the domains' own records.
INSERT INTO training_fact (event, person_id, organisation_id, course_id, day, month, amount)
SELECT 'ENROLLED', u.id, u.organisation_id, e.course_id, DATE(e.enrolled_at), EXTRACT(YEAR_MONTH FROM e.enrolled_at), 1
FROM enrollment e JOIN app_user u ON u.username = e.learner;

INSERT INTO training_fact (event, person_id, organisation_id, course_id, day, month, amount)
SELECT 'COMPLETED', u.id, u.organisation_id, e.course_id, DATE(e.completed_at), EXTRACT(YEAR_MONTH FROM e.completed_at), 1
FROM enrollment e JOIN app_user u ON u.username = e.learner WHERE e.completed_at IS NOT NULL;

INSERT INTO training_fact (event, person_id, organisation_id, course_id, day, month, amount)
SELECT 'CERTIFIED', u.id, u.organisation_id, NULL, DATE(c.issued_at), EXTRACT(YEAR_MONTH FROM c.issued_at), 1
FROM certificate c JOIN app_user u ON u.username = c.holder;

INSERT INTO training_fact (event, person_id, organisation_id, course_id, day, month, amount)
SELECT 'HOURS_SIGNED_OFF', u.id, u.organisation_id, NULL, DATE(s.signed_off_at), EXTRACT(YEAR_MONTH FROM s.signed_off_at),
       ROUND(s.minutes / 60, 2)
FROM supervision_session s JOIN app_user u ON u.username = s.mentee WHERE s.signed_off_at IS NOT NULL;
