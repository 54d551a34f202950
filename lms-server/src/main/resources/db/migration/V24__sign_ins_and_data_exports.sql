-- Each successful sign-in, for the person's own history and their copy of their data (issue 19);
-- kept twelve months by the retention rules.
CREATE TABLE sign_in_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    signed_in_at TIMESTAMP(3) NOT NULL,
    address      VARCHAR(45)  NULL,
    INDEX ix_sign_in_event_user (user_id, signed_in_at),
    INDEX ix_sign_in_event_at (signed_in_at),
    CONSTRAINT fk_sign_in_event_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's request for a copy of their data, built in the background; the archive itself sits
-- in its own table, so that reading a request's progress never reads the archive.
CREATE TABLE data_export (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    parts_done   INT          NOT NULL DEFAULT 0,
    parts_total  INT          NOT NULL,
    requested_at TIMESTAMP(3) NOT NULL,
    finished_at  TIMESTAMP(3) NULL,
    expires_at   TIMESTAMP(3) NULL,
    file_size    BIGINT       NULL,
    version      INT          NOT NULL DEFAULT 0,
    INDEX ix_data_export_user (user_id, requested_at),
    INDEX ix_data_export_expiry (status, expires_at),
    CONSTRAINT fk_data_export_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE data_export_file (
    export_id BIGINT   NOT NULL PRIMARY KEY,
    content   LONGBLOB NOT NULL,
    CONSTRAINT fk_data_export_file FOREIGN KEY (export_id) REFERENCES data_export (id) ON DELETE CASCADE
) ENGINE=InnoDB;
