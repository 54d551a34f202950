-- The first answer to each action a device may send twice (Idempotency-Key), per account, kept a
-- week so that a repeated send is answered the same and carried out once. Status 0 marks an
-- action still being carried out.
CREATE TABLE replayed_request (
    account      VARCHAR(64)  NOT NULL,
    request_key  VARCHAR(64)  NOT NULL,
    request      VARCHAR(400) NOT NULL,
    status       SMALLINT     NOT NULL,
    content_type VARCHAR(100),
    body         MEDIUMBLOB,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (account, request_key),
    KEY ix_replayed_request_age (created_at)
);
