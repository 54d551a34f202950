-- Each person sees times in their own zone: an IANA zone id (Asia/Almaty), first guessed from the
-- browser at sign-in, changed on the account page. NULL until then: pages fall back to UTC.
ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(64) NULL;
