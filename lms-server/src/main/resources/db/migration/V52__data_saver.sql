-- Data saver: a person who pays for every megabyte has lesson images wait for a tap.
ALTER TABLE app_user ADD COLUMN data_saver BOOLEAN NOT NULL DEFAULT FALSE;
