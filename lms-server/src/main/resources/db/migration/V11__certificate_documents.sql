-- The installation's key that signs certificate PDFs and credentials: an EC P-256 key with a
-- self-signed X.509 certificate. Old keys stay, so documents signed with them still verify.
CREATE TABLE issuer_key (
    kid          VARCHAR(64)  NOT NULL PRIMARY KEY,
    private_key  BLOB         NOT NULL,
    certificate  BLOB         NOT NULL,
    created_at   DATETIME(6)  NOT NULL
) ENGINE=InnoDB;

-- the signed Open Badges 3.0 credential (a VC-JWT), made when the certificate is issued
ALTER TABLE certificate ADD COLUMN credential TEXT NULL;

-- the signed PDF, made when the certificate is issued; kept apart so lists never load it
CREATE TABLE certificate_document (
    certificate_id  BIGINT      NOT NULL PRIMARY KEY,
    language        VARCHAR(8)  NOT NULL,
    pdf             MEDIUMBLOB  NOT NULL,
    CONSTRAINT fk_document_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB;
