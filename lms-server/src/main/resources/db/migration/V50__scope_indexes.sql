-- A dashboard narrowed to some training (a course, a cohort, a body) reads the events and graded
-- attempts of those courses, and the events of no course of their people, from indexes that hold
-- everything it counts: no row is looked up.
DROP INDEX IF EXISTS ix_fact_course ON training_fact;
CREATE INDEX ix_fact_course ON training_fact (course_id, event, day, person_id, organisation_id, month, amount, completed_on);
DROP INDEX IF EXISTS ix_fact_person ON training_fact;
CREATE INDEX ix_fact_person ON training_fact (person_id, course_id, event, day, organisation_id, month, amount);
DROP INDEX IF EXISTS ix_score_course ON test_score;
CREATE INDEX ix_score_course ON test_score (course_id, day, organisation_id, person_id, passed);
