-- Every token and session carries the access stamp its account had when it was issued; the stamp
-- moves when what the account may do changes (disabled, roles, password changed or reset), and
-- every request checks it, so nothing issued before outlives the change.
ALTER TABLE app_user ADD COLUMN access_stamp INT NOT NULL DEFAULT 0;

-- Wrong passwords no longer lock an account (anyone could lock anyone out, and unknown names never
-- locked, which told them apart); sign-in slows down per name and per address instead, in memory.
ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until;
