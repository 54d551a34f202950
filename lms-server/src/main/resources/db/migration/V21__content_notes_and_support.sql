-- A note a trainer puts before a lesson that may distress (issue 19), one per language version,
-- and what an organisation offers its people when a lesson is hard going: helplines, a person to
-- call. Per language, as a JSON map like the other multilingual names.
ALTER TABLE lesson_text ADD COLUMN content_note VARCHAR(300) NULL;
ALTER TABLE organisation ADD COLUMN support_resources TEXT NULL;
