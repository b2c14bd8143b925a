-- Reviews (评价与晒单): one per order line, by its buyer after the order completed — a rating, words and photos,
-- editable once, with one follow-up (追评), one merchant reply (商家回复), and hidden by staff when abusive.

CREATE TABLE review (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_line_id      BIGINT        NOT NULL,
    order_no           VARCHAR(20)   NOT NULL,
    product_id         BIGINT        NOT NULL,
    sku_id             BIGINT        NOT NULL,
    spec_label         VARCHAR(300)  NOT NULL,
    buyer_id           BIGINT        NOT NULL,
    buyer_name         VARCHAR(64)   NOT NULL,
    merchant_id        BIGINT        NOT NULL,
    rating             INT           NOT NULL,
    content            VARCHAR(2000),
    has_photos         BOOLEAN       NOT NULL DEFAULT FALSE,
    follow_up          VARCHAR(2000),
    follow_up_at       DATETIME(6),
    reply              VARCHAR(1000),
    replied_at         DATETIME(6),
    hidden             BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden_reason      VARCHAR(300),
    hidden_by          BIGINT,
    created_at         DATETIME(6)   NOT NULL,
    edited_at          DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_review_line UNIQUE (order_line_id),
    CONSTRAINT ck_review_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT fk_review_line FOREIGN KEY (order_line_id) REFERENCES order_line (id),
    CONSTRAINT fk_review_product FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX ix_review_product ON review (product_id, hidden, created_at);
CREATE INDEX ix_review_merchant ON review (merchant_id, created_at);
CREATE INDEX ix_review_buyer ON review (buyer_id, created_at);

CREATE TABLE review_photo (
    review_id          BIGINT        NOT NULL,
    photo_no           INT           NOT NULL,
    url                VARCHAR(200)  NOT NULL,
    PRIMARY KEY (review_id, photo_no),
    CONSTRAINT fk_review_photo FOREIGN KEY (review_id) REFERENCES review (id)
);
