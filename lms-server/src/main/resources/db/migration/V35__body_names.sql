-- A professional body is named in every language it goes by, as programmes, audience tracks and
-- themes are: a certificate in Kazakh prints the body's Kazakh name. The one name kept so far is
-- taken as the English one.

ALTER TABLE professional_body ADD COLUMN names TEXT NULL;
UPDATE professional_body SET names = JSON_OBJECT('en', name);
ALTER TABLE professional_body MODIFY names TEXT NOT NULL, DROP COLUMN name;
