-- Administrators manage their own organisation's accounts; a platform administrator manages all
-- of them (and organisations). The first administrator of an existing installation keeps the
-- reach every administrator used to have; any other must be given it by a platform administrator.
ALTER TABLE app_user ADD COLUMN platform_admin BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE app_user SET platform_admin = TRUE WHERE id = (
    SELECT first_admin FROM (
        SELECT MIN(u.id) AS first_admin FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE r.role = 'ADMIN'
    ) AS earliest);

-- An administrator's reset gives a one-time password that must be replaced at the next sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
