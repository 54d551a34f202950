-- Retention rules per organisation (issue 19): years mentoring texts are kept after a relationship
-- ends, and years of disuse after which an account is flagged inactive; null keeps for ever.
ALTER TABLE organisation ADD COLUMN mentoring_text_years INT NULL, ADD COLUMN inactive_account_years INT NULL;
ALTER TABLE app_user ADD COLUMN inactive_since TIMESTAMP(3) NULL;

-- A review of what the rules would remove as of one moment (the dry run), and, once approved,
-- its application: exactly the items listed, a batch at a time, so a run stopped half way
-- resumes where it stopped.
CREATE TABLE retention_run (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    as_of           TIMESTAMP(3) NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    item_count      INT          NOT NULL,
    applied_through INT          NOT NULL DEFAULT 0,
    reviewed_at     TIMESTAMP(3) NOT NULL,
    applied_at      TIMESTAMP(3) NULL,
    version         INT          NOT NULL DEFAULT 0,
    INDEX ix_retention_run_organisation (organisation_id, id),
    INDEX ix_retention_run_status (status),
    CONSTRAINT fk_retention_run_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB;

CREATE TABLE retention_item (
    run_id  BIGINT      NOT NULL,
    ordinal INT         NOT NULL,
    kind    VARCHAR(20) NOT NULL,
    ref_id  BIGINT      NOT NULL,
    PRIMARY KEY (run_id, ordinal),
    CONSTRAINT fk_retention_item_run FOREIGN KEY (run_id) REFERENCES retention_run (id) ON DELETE CASCADE
) ENGINE=InnoDB;
