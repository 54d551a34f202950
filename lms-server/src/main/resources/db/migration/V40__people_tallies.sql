-- The people monitoring counts, one row each, kept current by the events (JpaCountedEvents):
-- the organisation of their latest event, the facts they gave (none once withdrawn), and per
-- event the months it happened in as bits (month 0 is January 2024; word a holds months 0-62,
-- word b 63-125). Counting the people of a period is one pass over these rows, however many
-- events there were.
CREATE TABLE monitored_person (
    person_id          BIGINT       NOT NULL PRIMARY KEY,
    organisation_id    BIGINT       NOT NULL,
    sex                VARCHAR(8)   NULL,
    age_band           VARCHAR(16)  NULL,
    region             VARCHAR(8)   NULL,
    profession         VARCHAR(24)  NULL,
    organisation_type  VARCHAR(16)  NULL,
    enrolled_a         BIGINT       NOT NULL DEFAULT 0,
    enrolled_b         BIGINT       NOT NULL DEFAULT 0,
    completed_a        BIGINT       NOT NULL DEFAULT 0,
    completed_b        BIGINT       NOT NULL DEFAULT 0,
    certified_a        BIGINT       NOT NULL DEFAULT 0,
    certified_b        BIGINT       NOT NULL DEFAULT 0,
    supervised_a       BIGINT       NOT NULL DEFAULT 0,
    supervised_b       BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- an enrolment carries the day its course was completed, so the completion rate is one sum
ALTER TABLE training_fact ADD COLUMN completed_on DATE NULL;
UPDATE training_fact e JOIN (SELECT person_id, course_id, MIN(day) AS day FROM training_fact
                             WHERE event = 'COMPLETED' GROUP BY person_id, course_id) c
    ON c.person_id = e.person_id AND c.course_id = e.course_id
SET e.completed_on = c.day WHERE e.event = 'ENROLLED';

-- sums over the events read a period's rows of one kind from one index
CREATE INDEX ix_fact_sums ON training_fact (event, day, organisation_id, course_id, person_id, month, amount, completed_on);

INSERT INTO monitored_person (person_id, organisation_id, sex, age_band, region, profession, organisation_type,
                              enrolled_a, enrolled_b, completed_a, completed_b, certified_a, certified_b, supervised_a, supervised_b)
SELECT t.person_id, t.organisation_id, p.sex, p.age_band, p.region, p.profession, p.organisation_type,
       t.enrolled_a, t.enrolled_b, t.completed_a, t.completed_b, t.certified_a, t.certified_b, t.supervised_a, t.supervised_b
FROM (SELECT f.person_id,
             (SELECT l.organisation_id FROM training_fact l WHERE l.person_id = f.person_id ORDER BY l.day DESC, l.id DESC LIMIT 1) AS organisation_id,
             BIT_OR(IF(f.event = 'ENROLLED' AND f.i BETWEEN 0 AND 62, 1 << f.i, 0)) AS enrolled_a,
             BIT_OR(IF(f.event = 'ENROLLED' AND f.i BETWEEN 63 AND 125, 1 << (f.i - 63), 0)) AS enrolled_b,
             BIT_OR(IF(f.event = 'COMPLETED' AND f.i BETWEEN 0 AND 62, 1 << f.i, 0)) AS completed_a,
             BIT_OR(IF(f.event = 'COMPLETED' AND f.i BETWEEN 63 AND 125, 1 << (f.i - 63), 0)) AS completed_b,
             BIT_OR(IF(f.event = 'CERTIFIED' AND f.i BETWEEN 0 AND 62, 1 << f.i, 0)) AS certified_a,
             BIT_OR(IF(f.event = 'CERTIFIED' AND f.i BETWEEN 63 AND 125, 1 << (f.i - 63), 0)) AS certified_b,
             BIT_OR(IF(f.event = 'HOURS_SIGNED_OFF' AND f.i BETWEEN 0 AND 62, 1 << f.i, 0)) AS supervised_a,
             BIT_OR(IF(f.event = 'HOURS_SIGNED_OFF' AND f.i BETWEEN 63 AND 125, 1 << (f.i - 63), 0)) AS supervised_b
      FROM (SELECT person_id, event, (month DIV 100 - 2024) * 12 + month MOD 100 - 1 AS i FROM training_fact) f
      GROUP BY f.person_id) t
LEFT JOIN profile_fact p ON p.person_id = t.person_id;
