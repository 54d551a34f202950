-- The certificates monitoring counts as held: holder (an account number), issuing body and the days
-- each is valid, cut short on the day it was revoked (CountingTrainingFacts keeps it current from
-- the certificates' issue and revocation). Filled here from the certificates issued so far.
CREATE TABLE counted_certificate (
    certificate_id   BIGINT  NOT NULL PRIMARY KEY,
    person_id        BIGINT  NOT NULL,
    organisation_id  BIGINT  NOT NULL,
    body_id          BIGINT  NOT NULL,
    issued_on        DATE    NOT NULL,
    valid_from       DATE    NOT NULL,
    valid_until      DATE    NOT NULL,
    revoked_on       DATE    NULL,
    INDEX ix_held_days (valid_until, valid_from, person_id, revoked_on),
    INDEX ix_held_person (person_id),
    INDEX ix_held_body (body_id, issued_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO counted_certificate (certificate_id, person_id, organisation_id, body_id, issued_on, valid_from, valid_until, revoked_on)
SELECT c.id, u.id, u.organisation_id, c.body_id, DATE(c.issued_at), c.valid_from, c.valid_until, DATE(c.revoked_at)
FROM certificate c JOIN app_user u ON u.username = c.holder;
