-- What a programme promised its funders: a number per indicator over a period, for one
-- organisation or (no organisation) the whole programme.
CREATE TABLE indicator_target (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator        VARCHAR(24)    NOT NULL,
    organisation_id  BIGINT         NULL,
    period_from      DATE           NOT NULL,
    period_to        DATE           NOT NULL,
    target           DECIMAL(12,2)  NOT NULL,
    set_by           VARCHAR(64)    NOT NULL,
    set_at           DATETIME(6)    NOT NULL,
    CONSTRAINT fk_target_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
