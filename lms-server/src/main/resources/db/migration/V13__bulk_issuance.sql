-- Certifying a whole cohort at once, as a batch job that a crash cannot leave half-done: the
-- people are listed when the run is asked for; each is marked once issued or skipped, in the
-- same transaction as their certificate, so a restarted run carries on where the last one stopped.
CREATE TABLE bulk_issuance (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id       BIGINT        NOT NULL,
    programme_id  BIGINT        NOT NULL,
    cohort_id     BIGINT        NOT NULL,
    cohort_name   VARCHAR(200)  NOT NULL,
    requested_by  VARCHAR(64)   NOT NULL,
    requested_at  DATETIME(6)   NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    total         INT           NOT NULL,
    processed     INT           NOT NULL DEFAULT 0,
    issued        INT           NOT NULL DEFAULT 0,
    printed       INT           NOT NULL DEFAULT 0,
    started_at    DATETIME(6)   NULL,
    finished_at   DATETIME(6)   NULL,
    version       INT           NOT NULL DEFAULT 0,
    KEY ix_bulk_body (body_id, requested_at),
    CONSTRAINT fk_bulk_programme FOREIGN KEY (programme_id) REFERENCES certification_programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE bulk_issuance_person (
    bulk_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    person    VARCHAR(64)  NOT NULL,
    outcome   VARCHAR(8)   NULL,
    PRIMARY KEY (bulk_id, position),
    CONSTRAINT fk_bulk_person_run FOREIGN KEY (bulk_id) REFERENCES bulk_issuance (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a run issues at most one certificate per person
ALTER TABLE certificate ADD COLUMN bulk_id BIGINT NULL;
CREATE UNIQUE INDEX uq_certificate_bulk_holder ON certificate (bulk_id, holder);
