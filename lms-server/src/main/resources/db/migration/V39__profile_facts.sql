-- What a person chose to tell about themselves for programme reports, with their consent; a row
-- exists only while they consent. Counts join it by the account's number.
CREATE TABLE profile_fact (
    person_id          BIGINT       NOT NULL PRIMARY KEY,
    sex                VARCHAR(8)   NULL,
    age_band           VARCHAR(16)  NULL,
    region             VARCHAR(8)   NULL,
    profession         VARCHAR(24)  NULL,
    organisation_type  VARCHAR(16)  NULL,
    consented_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_profile_fact_account FOREIGN KEY (person_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX ix_profile_fact_sex (sex),
    INDEX ix_profile_fact_region (region),
    INDEX ix_profile_fact_age (age_band),
    INDEX ix_profile_fact_profession (profession),
    INDEX ix_profile_fact_type (organisation_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
