-- E-mail beside the bell (issue 20). A reminder carries a key that makes it told once per person,
-- whichever server's job gets there first (the unique index decides a race).
ALTER TABLE notification
    ADD COLUMN once_key       VARCHAR(120) NULL,
    ADD COLUMN digest_pending BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN digest_mail_id BIGINT       NULL,
    ADD CONSTRAINT uq_notification_once UNIQUE (recipient_id, once_key),
    ADD INDEX ix_notification_digest (digest_pending, recipient_id);

-- How each person wants to hear of each kind of notice; the token lets an e-mail's unsubscribe
-- link turn its own kind off without signing in.
CREATE TABLE mail_preference (
    account_id         BIGINT      NOT NULL PRIMARY KEY,
    unsubscribe_token  VARCHAR(43) NOT NULL,
    choices            TEXT        NOT NULL,
    version            INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_mail_preference_token UNIQUE (unsubscribe_token),
    CONSTRAINT fk_mail_preference_account FOREIGN KEY (account_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The outbox: written in the transaction of the notice (or of the day's digest), delivered by the
-- sender job. Holds no words and no address: both are taken from the account when it is sent.
CREATE TABLE outgoing_mail (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id     BIGINT       NOT NULL,
    notification_id  BIGINT       NULL,
    digest_day       DATE         NULL,
    status           VARCHAR(12)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(3) NOT NULL,
    claimed_at       TIMESTAMP(3) NULL,
    sent_at          TIMESTAMP(3) NULL,
    last_error       VARCHAR(300) NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_outgoing_mail_digest UNIQUE (recipient_id, digest_day),
    CONSTRAINT fk_outgoing_mail_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_outgoing_mail_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE,
    INDEX ix_outgoing_mail_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
