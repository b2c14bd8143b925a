-- After-sales (售后): a buyer's request about one order line — refund only, return and refund, or exchange — with
-- its photos and every step taken on it (who, when, what).

CREATE TABLE after_sales_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_no         VARCHAR(24)   NOT NULL,
    order_id           BIGINT        NOT NULL,
    order_no           VARCHAR(20)   NOT NULL,
    order_line_id      BIGINT        NOT NULL,
    line_no            INT           NOT NULL,
    -- the line's id while the request is open, NULL once it ended: the database allows one open request per line
    open_line_id       BIGINT,
    buyer_id           BIGINT        NOT NULL,
    merchant_id        BIGINT        NOT NULL,
    sku_id             BIGINT        NOT NULL,
    product_name       VARCHAR(120)  NOT NULL,
    spec_label         VARCHAR(300)  NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    quantity           INT           NOT NULL,
    reason             VARCHAR(24)   NOT NULL,
    description        VARCHAR(1000),
    refund_amount      DECIMAL(19,2) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    refund_no          VARCHAR(24),
    return_address     VARCHAR(300),
    reject_reason      VARCHAR(300),
    return_carrier     VARCHAR(32),
    return_tracking_no VARCHAR(40),
    restocked          BOOLEAN,
    exchange_carrier   VARCHAR(32),
    exchange_tracking_no VARCHAR(40),
    respond_by         DATETIME(6),
    escalated_at       DATETIME(6),
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    closed_at          DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_after_sales_no UNIQUE (request_no),
    CONSTRAINT uk_after_sales_open_line UNIQUE (open_line_id),
    CONSTRAINT ck_after_sales_figures CHECK (quantity > 0 AND refund_amount >= 0),
    CONSTRAINT fk_after_sales_order FOREIGN KEY (order_id) REFERENCES shop_order (id),
    CONSTRAINT fk_after_sales_line FOREIGN KEY (order_line_id) REFERENCES order_line (id)
);
CREATE INDEX ix_after_sales_buyer ON after_sales_request (buyer_id, created_at);
CREATE INDEX ix_after_sales_merchant ON after_sales_request (merchant_id, status, created_at);
CREATE INDEX ix_after_sales_due ON after_sales_request (status, respond_by);

CREATE TABLE after_sales_photo (
    request_id         BIGINT        NOT NULL,
    photo_no           INT           NOT NULL,
    url                VARCHAR(200)  NOT NULL,
    PRIMARY KEY (request_id, photo_no),
    CONSTRAINT fk_after_sales_photo FOREIGN KEY (request_id) REFERENCES after_sales_request (id)
);

CREATE TABLE after_sales_step (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id         BIGINT        NOT NULL,
    action             VARCHAR(16)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    actor_kind         VARCHAR(16)   NOT NULL,
    actor_id           BIGINT,
    note               VARCHAR(300),
    taken_at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_after_sales_step FOREIGN KEY (request_id) REFERENCES after_sales_request (id)
);
CREATE INDEX ix_after_sales_step ON after_sales_step (request_id, id);
