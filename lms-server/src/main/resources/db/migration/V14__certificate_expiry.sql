-- Expiry follows from a certificate's dates; this records that the audit trail has noted it.
ALTER TABLE certificate ADD COLUMN expiry_recorded BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_certificate_expiry ON certificate (expiry_recorded, valid_until);
