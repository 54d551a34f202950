-- Images and attachments uploaded for courses. Kept in the database so that every server of a
-- cluster serves them and one backup holds everything; the limits (1 MB images, 10 MB
-- attachments) keep rows small enough for that.
CREATE TABLE media_asset (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    kind         VARCHAR(12)  NOT NULL,
    file_name    VARCHAR(120) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_media_course FOREIGN KEY (course_id) REFERENCES course (id),
    INDEX ix_media_course (course_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE lesson_attachment
    ADD CONSTRAINT fk_lesson_attachment_asset FOREIGN KEY (asset_id) REFERENCES media_asset (id);
