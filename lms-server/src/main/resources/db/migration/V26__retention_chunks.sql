-- A review lists its records in chunks of up to a thousand ids of one kind rather than a row per
-- record: a review of a million sessions is a thousand rows, written in seconds, and applying it
-- goes a chunk per transaction, the chunk reached kept for a restart.
DROP TABLE retention_item;
CREATE TABLE retention_chunk (
    run_id  BIGINT      NOT NULL,
    ordinal INT         NOT NULL,
    kind    VARCHAR(20) NOT NULL,
    size    INT         NOT NULL,
    ref_ids MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (run_id, ordinal),
    CONSTRAINT fk_retention_chunk_run FOREIGN KEY (run_id) REFERENCES retention_run (id) ON DELETE CASCADE
) ENGINE=InnoDB;
ALTER TABLE retention_run ADD COLUMN chunk_count INT NOT NULL DEFAULT 0;
