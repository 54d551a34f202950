-- An image's size in pixels, read on upload, so lessons give it width and height; and the smaller
-- WebP copies made of it for phones (ImageWidths), each made once.
ALTER TABLE media_asset ADD COLUMN width INT NULL, ADD COLUMN height INT NULL;
CREATE TABLE media_variant (
    asset_id BIGINT     NOT NULL,
    width    INT        NOT NULL,
    content  MEDIUMBLOB NOT NULL,
    PRIMARY KEY (asset_id, width),
    CONSTRAINT fk_media_variant_asset FOREIGN KEY (asset_id) REFERENCES media_asset (id) ON DELETE CASCADE
) ENGINE=InnoDB;
