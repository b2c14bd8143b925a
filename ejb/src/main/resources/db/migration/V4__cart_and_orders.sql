-- Carts (购物车), back-in-stock notices (到货通知), in-site messages (站内信), orders (订单) with their lines, status
-- history and the checkout submissions that make Idempotency-Key work.

CREATE TABLE cart (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT,
    -- a guest's cart is found by the SHA-256 of the random token in the guest's cookie, never by the token itself
    guest_key       CHAR(64),
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_cart_account UNIQUE (account_id),
    CONSTRAINT uk_cart_guest UNIQUE (guest_key),
    CONSTRAINT ck_cart_owner CHECK (account_id IS NOT NULL OR guest_key IS NOT NULL),
    CONSTRAINT fk_cart_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_cart_idle ON cart (updated_at);

CREATE TABLE cart_line (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    cart_id         BIGINT        NOT NULL,
    sku_id          BIGINT        NOT NULL,
    quantity        INT           NOT NULL,
    selected        BOOLEAN       NOT NULL DEFAULT TRUE,
    price_when_added DECIMAL(19,2) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    -- units reserved for this line when the shop holds stock at add-to-cart, and until when
    held            INT           NOT NULL DEFAULT 0,
    held_until      DATETIME(6),
    added_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_cart_line_sku UNIQUE (cart_id, sku_id),
    CONSTRAINT ck_cart_line_quantity CHECK (quantity > 0 AND held >= 0),
    CONSTRAINT fk_cart_line_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE,
    CONSTRAINT fk_cart_line_sku FOREIGN KEY (sku_id) REFERENCES sku (id)
);
CREATE INDEX ix_cart_line_hold ON cart_line (held_until);

CREATE TABLE stock_notice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT       NOT NULL,
    sku_id          BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    notified_at     DATETIME(6),
    CONSTRAINT fk_stock_notice_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_stock_notice_sku FOREIGN KEY (sku_id) REFERENCES sku (id)
);
CREATE INDEX ix_stock_notice_waiting ON stock_notice (sku_id, notified_at);

CREATE TABLE message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    -- the kind names the bundle keys the text is rendered from, in the reader's language
    kind            VARCHAR(32)   NOT NULL,
    params          VARCHAR(1000) NOT NULL,
    link            VARCHAR(300),
    created_at      DATETIME(6)   NOT NULL,
    read_at         DATETIME(6),
    CONSTRAINT fk_message_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_message_inbox ON message (account_id, id);

CREATE TABLE shop_order (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_no        VARCHAR(20)   NOT NULL,
    checkout_no     VARCHAR(20)   NOT NULL,
    buyer_id        BIGINT        NOT NULL,
    merchant_id     BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    items_total     DECIMAL(19,2) NOT NULL,
    discount_total  DECIMAL(19,2) NOT NULL,
    shipping_fee    DECIMAL(19,2) NOT NULL,
    tax_total       DECIMAL(19,2) NOT NULL,
    total           DECIMAL(19,2) NOT NULL,
    shipping_method VARCHAR(16)   NOT NULL,
    payment_method  VARCHAR(32)   NOT NULL,
    buyer_note      VARCHAR(300),
    recipient       VARCHAR(64)   NOT NULL,
    phone           VARCHAR(30)   NOT NULL,
    country         CHAR(2)       NOT NULL,
    province        VARCHAR(64)   NOT NULL,
    city            VARCHAR(64)   NOT NULL,
    district        VARCHAR(64),
    line1           VARCHAR(255)  NOT NULL,
    postcode        VARCHAR(16),
    created_at      DATETIME(6)   NOT NULL,
    pay_by          DATETIME(6)   NOT NULL,
    paid_at         DATETIME(6),
    shipped_at      DATETIME(6),
    delivered_at    DATETIME(6),
    completed_at    DATETIME(6),
    cancelled_at    DATETIME(6),
    cancel_reason   VARCHAR(200),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_order_no UNIQUE (order_no),
    CONSTRAINT ck_order_amounts CHECK (items_total >= 0 AND discount_total >= 0 AND shipping_fee >= 0
        AND tax_total >= 0 AND total >= 0),
    CONSTRAINT fk_order_buyer FOREIGN KEY (buyer_id) REFERENCES account (id),
    CONSTRAINT fk_order_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX ix_order_buyer ON shop_order (buyer_id, status, created_at);
CREATE INDEX ix_order_merchant ON shop_order (merchant_id, status, created_at);
CREATE INDEX ix_order_unpaid ON shop_order (status, pay_by);
CREATE INDEX ix_order_checkout ON shop_order (checkout_no);

CREATE TABLE order_line (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT        NOT NULL,
    line_no         INT           NOT NULL,
    sku_id          BIGINT        NOT NULL,
    product_id      BIGINT        NOT NULL,
    category_id     BIGINT        NOT NULL,
    sku_code        VARCHAR(64)   NOT NULL,
    product_name    VARCHAR(120)  NOT NULL,
    product_name_en VARCHAR(120)  NOT NULL,
    spec_label      VARCHAR(300)  NOT NULL,
    image_url       VARCHAR(512),
    unit_price      DECIMAL(19,2) NOT NULL,
    quantity        INT           NOT NULL,
    line_total      DECIMAL(19,2) NOT NULL,
    discount        DECIMAL(19,2) NOT NULL,
    tax             DECIMAL(19,2) NOT NULL,
    weight_grams    INT           NOT NULL,
    CONSTRAINT uk_order_line UNIQUE (order_id, line_no),
    CONSTRAINT ck_order_line CHECK (quantity > 0 AND unit_price >= 0 AND line_total >= 0),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES shop_order (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_line_sku FOREIGN KEY (sku_id) REFERENCES sku (id)
);
CREATE INDEX ix_order_line_sku ON order_line (sku_id);

CREATE TABLE order_status_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT        NOT NULL,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)   NOT NULL,
    actor_id        BIGINT,
    actor_kind      VARCHAR(16)   NOT NULL,
    reason          VARCHAR(200),
    changed_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_order_status_order FOREIGN KEY (order_id) REFERENCES shop_order (id) ON DELETE CASCADE
);
CREATE INDEX ix_order_status_order ON order_status_change (order_id, id);

CREATE TABLE checkout_submission (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    buyer_id        BIGINT        NOT NULL,
    idempotency_key VARCHAR(100)  NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    checkout_no     VARCHAR(20)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_checkout_submission UNIQUE (buyer_id, idempotency_key),
    CONSTRAINT fk_checkout_submission_buyer FOREIGN KEY (buyer_id) REFERENCES account (id) ON DELETE CASCADE
);
