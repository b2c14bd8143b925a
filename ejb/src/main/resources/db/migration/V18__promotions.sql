-- Promotions (促销): 限时折扣 and 满减 of a merchant (店铺活动) or of the platform (null merchant), each with a scope
-- (categories, products, SKUs; none = everything), a window, a budget and a state; the stacking table the pricing engine
-- reads (which kinds combine, in which stage); and every order line's discounts as sold, line by line.

CREATE TABLE promotion (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(32)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    name_en          VARCHAR(100)  NOT NULL,
    merchant_id      BIGINT,
    rate             DECIMAL(5,4),
    repeating        BOOLEAN       NOT NULL DEFAULT FALSE,
    cap              DECIMAL(19,2),
    currency         CHAR(3)       NOT NULL,
    starts_at        DATETIME(6)   NOT NULL,
    ends_at          DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    -- the most it may take off in all (预算), what it has taken off and on how many orders (unpaid cancelled
    -- orders give theirs back)
    budget           DECIMAL(19,2),
    spent            DECIMAL(19,2) NOT NULL DEFAULT 0,
    orders_count     INT           NOT NULL DEFAULT 0,
    created_by       BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_promotion_window CHECK (ends_at > starts_at),
    CONSTRAINT ck_promotion_budget CHECK (spent >= 0 AND orders_count >= 0 AND (budget IS NULL OR spent <= budget)),
    CONSTRAINT fk_promotion_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX ix_promotion_running ON promotion (status, starts_at, ends_at);

CREATE TABLE promotion_category (
    promotion_id     BIGINT        NOT NULL,
    category_id      BIGINT        NOT NULL,
    CONSTRAINT pk_promotion_category PRIMARY KEY (promotion_id, category_id),
    CONSTRAINT fk_promotion_category FOREIGN KEY (promotion_id) REFERENCES promotion (id)
);

CREATE TABLE promotion_product (
    promotion_id     BIGINT        NOT NULL,
    product_id       BIGINT        NOT NULL,
    CONSTRAINT pk_promotion_product PRIMARY KEY (promotion_id, product_id),
    CONSTRAINT fk_promotion_product FOREIGN KEY (promotion_id) REFERENCES promotion (id)
);

CREATE TABLE promotion_sku (
    promotion_id     BIGINT        NOT NULL,
    sku_id           BIGINT        NOT NULL,
    CONSTRAINT pk_promotion_sku PRIMARY KEY (promotion_id, sku_id),
    CONSTRAINT fk_promotion_sku FOREIGN KEY (promotion_id) REFERENCES promotion (id)
);

CREATE TABLE promotion_tier (
    promotion_id     BIGINT        NOT NULL,
    threshold        DECIMAL(19,2) NOT NULL,
    reduction        DECIMAL(19,2) NOT NULL,
    CONSTRAINT pk_promotion_tier PRIMARY KEY (promotion_id, threshold),
    CONSTRAINT ck_promotion_tier CHECK (reduction > 0 AND reduction <= threshold),
    CONSTRAINT fk_promotion_tier FOREIGN KEY (promotion_id) REFERENCES promotion (id)
);

-- the stacking table: the stage each kind is applied in, and the kinds it may share an item with (comma-separated)
CREATE TABLE promotion_stacking (
    kind             VARCHAR(32)   NOT NULL PRIMARY KEY,
    stage            INT           NOT NULL,
    combines_with    VARCHAR(300)  NOT NULL
);
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('TIMED_DISCOUNT', 10, 'THRESHOLD_REDUCTION');
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('THRESHOLD_REDUCTION', 20, 'TIMED_DISCOUNT');

CREATE TABLE order_line_discount (
    order_line_id    BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    promotion_id     BIGINT        NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    name_en          VARCHAR(100)  NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    CONSTRAINT pk_order_line_discount PRIMARY KEY (order_line_id, seq),
    CONSTRAINT ck_order_line_discount CHECK (amount > 0),
    CONSTRAINT fk_order_line_discount FOREIGN KEY (order_line_id) REFERENCES order_line (id)
);
