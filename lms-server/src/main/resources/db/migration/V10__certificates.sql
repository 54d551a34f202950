-- Professional bodies, their certification programmes, the certificates they issue and the
-- requests that wait for a registrar. Certificates are never deleted: they must stay verifiable.
CREATE TABLE professional_body (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(6)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    country     CHAR(2)      NOT NULL,
    discipline  VARCHAR(20)  NOT NULL,
    logo_png    MEDIUMBLOB   NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_body_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a registrar serves one body
CREATE TABLE body_registrar (
    body_id   BIGINT      NOT NULL,
    username  VARCHAR(64) NOT NULL,
    PRIMARY KEY (body_id, username),
    CONSTRAINT uq_registrar_one_body UNIQUE (username),
    CONSTRAINT fk_registrar_body FOREIGN KEY (body_id) REFERENCES professional_body (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE certification_programme (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id             BIGINT        NOT NULL,
    title               TEXT          NOT NULL,
    wording             TEXT          NOT NULL,
    requirements        TEXT          NOT NULL,
    validity_months     INT           NOT NULL,
    renewal_cpd_hours   DECIMAL(7,2)  NOT NULL,
    renewal_opens_days  INT           NOT NULL,
    renewal_grace_days  INT           NOT NULL,
    issuing_mode        VARCHAR(12)   NOT NULL,
    signatories         TEXT          NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    KEY ix_programme_body (body_id),
    CONSTRAINT fk_programme_body FOREIGN KEY (body_id) REFERENCES professional_body (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE certificate (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    serial             VARCHAR(24)    NOT NULL,
    verification_code  CHAR(26)       NOT NULL,
    body_id            BIGINT         NOT NULL,
    programme_id       BIGINT         NOT NULL,
    holder             VARCHAR(64)    NOT NULL,
    holder_name        VARCHAR(200)   NOT NULL,
    name_disclosure    VARCHAR(10)    NOT NULL,
    title              TEXT           NOT NULL,
    wording            TEXT           NOT NULL,
    signatories        TEXT           NOT NULL,
    valid_from         DATE           NOT NULL,
    valid_until        DATE           NOT NULL,
    reason             VARCHAR(8)     NOT NULL,
    previous_id        BIGINT         NULL,
    issued_at          DATETIME(6)    NOT NULL,
    issued_by          VARCHAR(64)    NOT NULL,
    status             VARCHAR(8)     NOT NULL,
    revoked_at         DATETIME(6)    NULL,
    revoked_by         VARCHAR(64)    NULL,
    revocation_reason  VARCHAR(1000)  NULL,
    version            INT            NOT NULL DEFAULT 0,
    CONSTRAINT uq_certificate_serial UNIQUE (serial),
    CONSTRAINT uq_certificate_code UNIQUE (verification_code),
    KEY ix_certificate_holder (holder, programme_id),
    KEY ix_certificate_body (body_id, issued_at),
    CONSTRAINT fk_certificate_programme FOREIGN KEY (programme_id) REFERENCES certification_programme (id),
    CONSTRAINT fk_certificate_previous FOREIGN KEY (previous_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the last serial handed out per body and year; its row lock keeps the numbers without gaps
CREATE TABLE serial_counter (
    body_id     BIGINT NOT NULL,
    year        INT    NOT NULL,
    last_value  BIGINT NOT NULL,
    PRIMARY KEY (body_id, year)
) ENGINE=InnoDB;

CREATE TABLE certificate_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id         BIGINT        NOT NULL,
    programme_id    BIGINT        NOT NULL,
    person          VARCHAR(64)   NOT NULL,
    kind            VARCHAR(8)    NOT NULL,
    previous_id     BIGINT        NULL,
    status          VARCHAR(8)    NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    decided_by      VARCHAR(64)   NULL,
    decided_at      DATETIME(6)   NULL,
    decision_note   VARCHAR(1000) NULL,
    certificate_id  BIGINT        NULL,
    version         INT           NOT NULL DEFAULT 0,
    KEY ix_request_body (body_id, status),
    KEY ix_request_person (person, programme_id, status),
    CONSTRAINT fk_request_programme FOREIGN KEY (programme_id) REFERENCES certification_programme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
