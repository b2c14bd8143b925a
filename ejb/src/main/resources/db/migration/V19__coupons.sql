-- Coupons (优惠券): the templates marketing staff and merchants make — what a coupon takes off, for which shop and
-- categories, how it is issued (claimed in the coupon centre, on registration, on reaching a spend, or handed out
-- by staff), how many and how many per member, and how long each one is valid — and the coupons members hold.
-- A member's n-th coupon of a template is unique, so a per-member limit holds under concurrent claims.

CREATE TABLE coupon_template (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(100)  NOT NULL,
    name_en          VARCHAR(100)  NOT NULL,
    merchant_id      BIGINT,
    amount_off       DECIMAL(19,2),
    rate             DECIMAL(5,4),
    cap              DECIMAL(19,2),
    minimum          DECIMAL(19,2),
    free_shipping    BOOLEAN       NOT NULL DEFAULT FALSE,
    issuance         VARCHAR(16)   NOT NULL,
    spend_threshold  DECIMAL(19,2),
    quantity         INT,
    per_member       INT           NOT NULL DEFAULT 1,
    issued           INT           NOT NULL DEFAULT 0,
    used             INT           NOT NULL DEFAULT 0,
    discount_given   DECIMAL(19,2) NOT NULL DEFAULT 0,
    valid_from       DATETIME(6),
    valid_to         DATETIME(6),
    valid_days       INT,
    issue_from       DATETIME(6)   NOT NULL,
    issue_to         DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    created_by       BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_coupon_template_terms CHECK ((amount_off IS NULL) <> (rate IS NULL) OR free_shipping),
    CONSTRAINT ck_coupon_template_counts CHECK (issued >= 0 AND used >= 0 AND used <= issued
        AND (quantity IS NULL OR issued <= quantity) AND per_member > 0),
    CONSTRAINT fk_coupon_template_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX ix_coupon_template_issuance ON coupon_template (issuance, status, issue_from, issue_to);

CREATE TABLE coupon_template_category (
    template_id      BIGINT        NOT NULL,
    category_id      BIGINT        NOT NULL,
    CONSTRAINT pk_coupon_template_category PRIMARY KEY (template_id, category_id),
    CONSTRAINT fk_coupon_template_category FOREIGN KEY (template_id) REFERENCES coupon_template (id)
);

CREATE TABLE coupon (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id      BIGINT        NOT NULL,
    owner_id         BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    code             VARCHAR(24)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    valid_from       DATETIME(6)   NOT NULL,
    valid_to         DATETIME(6)   NOT NULL,
    issued_at        DATETIME(6)   NOT NULL,
    used_at          DATETIME(6),
    checkout_no      VARCHAR(20),
    discount         DECIMAL(19,2),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_coupon_code UNIQUE (code),
    CONSTRAINT uk_coupon_member_seq UNIQUE (template_id, owner_id, seq),
    CONSTRAINT fk_coupon_template FOREIGN KEY (template_id) REFERENCES coupon_template (id),
    CONSTRAINT fk_coupon_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);
CREATE INDEX ix_coupon_owner ON coupon (owner_id, status, valid_to);

-- the coupon's stage in the stacking table: after 满减, on what the items cost by then; it may share an item with a
-- limited-time discount and a 满减
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('COUPON', 30, 'TIMED_DISCOUNT,THRESHOLD_REDUCTION');
UPDATE promotion_stacking SET combines_with = 'THRESHOLD_REDUCTION,COUPON' WHERE kind = 'TIMED_DISCOUNT';
UPDATE promotion_stacking SET combines_with = 'TIMED_DISCOUNT,COUPON' WHERE kind = 'THRESHOLD_REDUCTION';
