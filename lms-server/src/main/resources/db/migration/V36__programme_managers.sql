-- Programme managers count training in aggregate: their organisation's, or every organisation's
-- when a platform administrator makes them the manager of a national programme.
ALTER TABLE app_user ADD COLUMN across_organisations BOOLEAN NOT NULL DEFAULT FALSE;
