-- Two-factor sign-in (TOTP, RFC 6238) for staff. The shared secret is sealed with the
-- installation's notes key; recovery codes are kept only as SHA-256 hashes (each is 50 random bits,
-- used once). last_used_step refuses a code seen before.
CREATE TABLE second_factor (
    user_id        BIGINT       NOT NULL PRIMARY KEY,
    secret_sealed  VARCHAR(255) NOT NULL,
    confirmed_at   TIMESTAMP(3) NULL,
    last_used_step BIGINT       NOT NULL DEFAULT 0,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE second_factor_recovery (
    user_id   BIGINT   NOT NULL,
    code_hash CHAR(64) NOT NULL,
    PRIMARY KEY (user_id, code_hash),
    CONSTRAINT fk_recovery_second_factor FOREIGN KEY (user_id) REFERENCES second_factor (user_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
