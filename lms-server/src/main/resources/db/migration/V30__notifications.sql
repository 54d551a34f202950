-- What happened for a person that they should hear of. Written in the transaction of the event
-- itself; the words are made from the kind and arguments when the person reads them, in their
-- language. Goes with the account.
CREATE TABLE notification (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id  BIGINT       NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    link          VARCHAR(300) NOT NULL,
    arguments     TEXT         NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    read_at       TIMESTAMP(3) NULL,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX ix_notification_inbox (recipient_id, read_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
