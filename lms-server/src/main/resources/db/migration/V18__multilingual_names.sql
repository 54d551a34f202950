-- Audience tracks and competencies are named in any content language, as programme titles
-- already are: one JSON object from language code to name replaces the English and Russian
-- columns, so a new language needs no new column.

ALTER TABLE audience_track ADD COLUMN names TEXT NULL;
UPDATE audience_track SET names = JSON_OBJECT('en', name_en, 'ru', name_ru);
ALTER TABLE audience_track MODIFY names TEXT NOT NULL, DROP COLUMN name_en, DROP COLUMN name_ru;

ALTER TABLE competency ADD COLUMN names TEXT NULL;
UPDATE competency SET names = JSON_OBJECT('en', name_en, 'ru', name_ru);
ALTER TABLE competency MODIFY names TEXT NOT NULL, DROP COLUMN name_en, DROP COLUMN name_ru;
