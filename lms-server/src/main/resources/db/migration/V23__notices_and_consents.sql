-- The installation's privacy notice and terms of use, versioned (issue 19): each version holds
-- both texts in every interface language, as JSON maps like the other multilingual texts. A
-- version once published is never changed; a new one asks everyone again at their next sign-in.
CREATE TABLE privacy_notice (
    version      INT          NOT NULL PRIMARY KEY,
    privacy      MEDIUMTEXT   NOT NULL,
    terms        MEDIUMTEXT   NOT NULL,
    published_at TIMESTAMP(3) NOT NULL,
    published_by BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who accepted which version, and when.
CREATE TABLE notice_acceptance (
    user_id     BIGINT       NOT NULL,
    version     INT          NOT NULL,
    accepted_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (user_id, version),
    CONSTRAINT fk_notice_acceptance_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_notice_acceptance_notice FOREIGN KEY (version) REFERENCES privacy_notice (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Optional consents, one row per choice: the latest row for a purpose is in force, the earlier
-- ones show when it was given and withdrawn.
CREATE TABLE consent_choice (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT       NOT NULL,
    purpose   VARCHAR(40)  NOT NULL,
    granted   BOOLEAN      NOT NULL,
    chosen_at TIMESTAMP(3) NOT NULL,
    INDEX ix_consent_choice_user (user_id, purpose, id),
    CONSTRAINT fk_consent_choice_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
