-- Where the holder worked when certified (their organisation's country), for reports per region.
ALTER TABLE certificate ADD COLUMN region CHAR(2) NULL;
CREATE INDEX ix_certificate_report ON certificate (body_id, issued_at, programme_id, region);
