-- Uploaded product pictures (with their thumbnails) and videos. The bytes live in the database so that every node
-- of a cluster serves them; each row is addressed by a random key (/media/{key}), never changes, and is served
-- with its SHA-256 as ETag.

CREATE TABLE media (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    media_key       VARCHAR(40)  NOT NULL,
    content_type    VARCHAR(40)  NOT NULL,
    byte_size       BIGINT       NOT NULL,
    width           INT,
    height          INT,
    sha256          CHAR(64)     NOT NULL,
    content         LONGBLOB     NOT NULL,
    uploaded_by     BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_media_key UNIQUE (media_key)
);

-- A product's optional video (an uploaded MP4 or WebM: /media/{key}).
ALTER TABLE product ADD COLUMN video_url VARCHAR(512);
