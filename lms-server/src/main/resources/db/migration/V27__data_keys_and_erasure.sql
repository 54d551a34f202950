-- Each person's data key, only ever stored wrapped by the installation's notes key: their mentoring
-- texts are sealed with it, so deleting the row at erasure leaves those texts unreadable.
CREATE TABLE person_data_key (
    id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    owner       VARCHAR(64)  NOT NULL,
    wrapped     VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    INDEX ix_person_data_key_owner (owner, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's request to be erased, decided by an administrator of their organisation.
CREATE TABLE erasure_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    requested_at    TIMESTAMP(3)  NOT NULL,
    decided_by      VARCHAR(64)   NULL,
    decided_at      TIMESTAMP(3)  NULL,
    refusal_reason  VARCHAR(1000) NULL,
    version         INT           NOT NULL DEFAULT 0,
    INDEX ix_erasure_request_account (account_id, requested_at),
    INDEX ix_erasure_request_open (organisation_id, status),
    CONSTRAINT fk_erasure_request_account FOREIGN KEY (account_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An erased account is renamed to its pseudonym; its enrolments follow the rename.
ALTER TABLE enrollment DROP FOREIGN KEY fk_enrollment_learner;
ALTER TABLE enrollment ADD CONSTRAINT fk_enrollment_learner FOREIGN KEY (learner) REFERENCES app_user (username) ON UPDATE CASCADE;
