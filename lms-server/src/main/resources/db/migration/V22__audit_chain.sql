-- The audit trail becomes a chain (issue 19): each line carries its place (seq), the hash of the
-- line before it and its own hash, so that a line edited or taken out is found by verifying the
-- chain. The head row holds the last place and hash: a line cut from the end is found too, and
-- locking it puts lines in one order however many transactions write at once.
ALTER TABLE audit_event
    ADD COLUMN seq                  BIGINT   NULL,
    ADD COLUMN prev_hash            CHAR(64) NULL,
    ADD COLUMN hash                 CHAR(64) NULL,
    ADD COLUMN actor_organisation   BIGINT   NULL,
    ADD COLUMN subject_organisation BIGINT   NULL,
    ADD CONSTRAINT uq_audit_event_seq UNIQUE (seq),
    ADD INDEX ix_audit_event_actor (actor),
    ADD INDEX ix_audit_event_action (action);

CREATE TABLE audit_chain (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE=InnoDB;

INSERT INTO audit_chain (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));

-- People are named in the trail by their account, not their username: a username is personal
-- data that erasure must remove, while the trail may not change. Lines written so far are
-- brought to that form here, before the trail is closed to changes.
UPDATE audit_event e JOIN app_user u ON e.actor = u.username
   SET e.actor = CONCAT('account:', u.id), e.actor_organisation = u.organisation_id;
UPDATE audit_event e JOIN app_user u ON e.subject = CONCAT('user:', u.username)
   SET e.subject = CONCAT('account:', u.id), e.subject_organisation = u.organisation_id;

-- Append-only: the database refuses to change or remove a line, whoever asks.
CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';
CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';
