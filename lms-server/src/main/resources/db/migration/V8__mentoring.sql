-- Mentoring relationships and their supervision sessions. Reflections and supervisor notes are
-- stored sealed (AES-GCM, keys outside the database); nothing in these tables names a returnee:
-- cases appear only as generated references.
CREATE TABLE mentoring_relationship (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supervisor      VARCHAR(64)  NOT NULL,
    mentee          VARCHAR(64)  NOT NULL,
    discipline      VARCHAR(20)  NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NULL,
    goals           TEXT         NULL,
    required_hours  TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    arranged_by     VARCHAR(64)  NOT NULL,
    arranged_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version         INT          NOT NULL DEFAULT 0,
    INDEX ix_relationship_supervisor (supervisor),
    INDEX ix_relationship_mentee (mentee)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supervision_session (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_id          CHAR(36)     NOT NULL,
    relationship_id  BIGINT       NOT NULL,
    supervisor       VARCHAR(64)  NOT NULL,
    mentee           VARCHAR(64)  NOT NULL,
    starts_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    ends_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    minutes          INT          NOT NULL,
    modality         VARCHAR(24)  NOT NULL,
    competencies     TEXT         NOT NULL,
    case_references  TEXT         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    logged_by        VARCHAR(64)  NOT NULL,
    logged_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    confirmed_by     VARCHAR(64)  NULL,
    confirmed_at     TIMESTAMP(3) NULL,
    signed_off_by    VARCHAR(64)  NULL,
    signed_off_at    TIMESTAMP(3) NULL,
    reflection_sealed MEDIUMTEXT  NULL,
    notes_sealed     MEDIUMTEXT   NULL,
    amendments       MEDIUMTEXT   NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_relationship FOREIGN KEY (relationship_id) REFERENCES mentoring_relationship (id),
    CONSTRAINT uq_session_seal UNIQUE (seal_id),
    INDEX ix_session_relationship (relationship_id, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
