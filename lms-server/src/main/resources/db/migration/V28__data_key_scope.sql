-- A person's data keys are one per supervision relationship, so retention can shred the texts of
-- one ended relationship (every copy of them) while the person's other texts stay readable.
ALTER TABLE person_data_key ADD COLUMN scope VARCHAR(40) NOT NULL DEFAULT '' AFTER owner;
ALTER TABLE person_data_key ALTER COLUMN scope DROP DEFAULT;
CREATE INDEX ix_person_data_key_scope ON person_data_key (scope);
DROP INDEX ix_person_data_key_owner ON person_data_key;
CREATE INDEX ix_person_data_key_owner ON person_data_key (owner, scope, created_at);
