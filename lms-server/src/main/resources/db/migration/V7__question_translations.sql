-- A question's words in other languages (JSON: language code to texts); credits stay the original's.
ALTER TABLE question ADD COLUMN translations LONGTEXT NULL AFTER definition;
