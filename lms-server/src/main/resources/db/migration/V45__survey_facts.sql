-- Each survey invitation and confidential reply carries its person's facts (kept current when they
-- change, like monitored_person), so a dashboard narrowed by facts reads one index instead of
-- joining every row to profile_fact. An anonymous reply has no person and so no facts.
ALTER TABLE survey_reach
    ADD COLUMN sex VARCHAR(8) NULL, ADD COLUMN age_band VARCHAR(16) NULL, ADD COLUMN region VARCHAR(8) NULL,
    ADD COLUMN profession VARCHAR(24) NULL, ADD COLUMN organisation_type VARCHAR(16) NULL;
ALTER TABLE survey_reply
    ADD COLUMN sex VARCHAR(8) NULL, ADD COLUMN age_band VARCHAR(16) NULL, ADD COLUMN region VARCHAR(8) NULL,
    ADD COLUMN profession VARCHAR(24) NULL, ADD COLUMN organisation_type VARCHAR(16) NULL;
UPDATE survey_reach r JOIN profile_fact p ON p.person_id = r.person_id
SET r.sex = p.sex, r.age_band = p.age_band, r.region = p.region, r.profession = p.profession, r.organisation_type = p.organisation_type;
UPDATE survey_reply r JOIN profile_fact p ON p.person_id = r.person_id
SET r.sex = p.sex, r.age_band = p.age_band, r.region = p.region, r.profession = p.profession, r.organisation_type = p.organisation_type;
-- a period's rows, read with everything a count needs: no row is looked up
DROP INDEX ix_reach_month ON survey_reach;
CREATE INDEX ix_reach_month ON survey_reach (invited_on, organisation_id, survey_id, answered_in, sex, age_band, region, profession, organisation_type);
DROP INDEX ix_reply_month ON survey_reply;
CREATE INDEX ix_reply_month ON survey_reply (answered_in, organisation_id, survey_id, practice_changed, sex, age_band, region, profession, organisation_type);
