-- Membership (会员体系): levels by growth value with their benefits, each member's points balance, growth and
-- level, and the points ledger (积分明细). Every change of a balance is one ledger entry; an entry's reason and
-- reference are unique per member, so earning for an order, a day's sign-in or a review happens once however often
-- it is asked for. Points are spent oldest-expiring first: a credit keeps what is left of it until it expires.

CREATE TABLE member_level (
    code              VARCHAR(16)   NOT NULL PRIMARY KEY,
    rank_no           INT           NOT NULL,
    name              VARCHAR(32)   NOT NULL,
    name_en           VARCHAR(32)   NOT NULL,
    min_growth        BIGINT        NOT NULL,
    discount_rate     DECIMAL(5,4)  NOT NULL,
    points_multiplier DECIMAL(5,2)  NOT NULL,
    free_shipping     BOOLEAN       NOT NULL,
    priority_service  BOOLEAN       NOT NULL,
    CONSTRAINT uk_member_level_rank UNIQUE (rank_no),
    CONSTRAINT ck_member_level_terms CHECK (min_growth >= 0 AND discount_rate > 0 AND discount_rate <= 1
        AND points_multiplier >= 0)
);
-- growth value = yuan paid for completed orders (less refunds); discount_rate = share of the list price a member pays
INSERT INTO member_level VALUES ('NORMAL', 1, '普通会员', 'Member', 0, 1.0000, 1.00, FALSE, FALSE);
INSERT INTO member_level VALUES ('SILVER', 2, '银卡会员', 'Silver member', 2000, 0.9800, 1.20, FALSE, FALSE);
INSERT INTO member_level VALUES ('GOLD', 3, '金卡会员', 'Gold member', 10000, 0.9500, 1.50, TRUE, FALSE);
INSERT INTO member_level VALUES ('DIAMOND', 4, '钻石会员', 'Diamond member', 50000, 0.9200, 2.00, TRUE, TRUE);

CREATE TABLE membership (
    member_id         BIGINT        NOT NULL PRIMARY KEY,
    points            BIGINT        NOT NULL DEFAULT 0,
    growth            BIGINT        NOT NULL DEFAULT 0,
    level_code        VARCHAR(16)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_membership_points CHECK (points >= 0 AND growth >= 0),
    CONSTRAINT fk_membership_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT fk_membership_level FOREIGN KEY (level_code) REFERENCES member_level (code)
);

CREATE TABLE points_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id         BIGINT        NOT NULL,
    reason            VARCHAR(16)   NOT NULL,
    reference         VARCHAR(64)   NOT NULL,
    points            BIGINT        NOT NULL,
    remaining         BIGINT        NOT NULL DEFAULT 0,
    expires_at        DATETIME(6),
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_points_entry UNIQUE (member_id, reason, reference),
    CONSTRAINT ck_points_entry CHECK (points <> 0 AND remaining >= 0 AND (remaining = 0 OR remaining <= points)),
    CONSTRAINT fk_points_entry_member FOREIGN KEY (member_id) REFERENCES account (id)
);
CREATE INDEX ix_points_entry_member ON points_entry (member_id, created_at);
CREATE INDEX ix_points_entry_expiry ON points_entry (expires_at, remaining);

-- 积分兑换: coupons members get for points
ALTER TABLE coupon_template ADD COLUMN points_price INT;

-- 秒杀: a SKU at a price for a window, a quota of units and a limit per member; sold counts the quota taken
ALTER TABLE promotion ADD COLUMN flash_price DECIMAL(19,2);
ALTER TABLE promotion ADD COLUMN quota INT;
ALTER TABLE promotion ADD COLUMN per_member INT;
ALTER TABLE promotion ADD COLUMN sold INT NOT NULL DEFAULT 0;

-- what each member bought of a flash sale: one row, moved by conditional updates, so the limit holds under a rush
CREATE TABLE flash_sale_purchase (
    promotion_id      BIGINT        NOT NULL,
    member_id         BIGINT        NOT NULL,
    quantity          INT           NOT NULL,
    CONSTRAINT pk_flash_sale_purchase PRIMARY KEY (promotion_id, member_id),
    CONSTRAINT ck_flash_sale_purchase CHECK (quantity >= 0),
    CONSTRAINT fk_flash_sale_purchase FOREIGN KEY (promotion_id) REFERENCES promotion (id)
);

-- 阶梯价: from so many units of a line on, each at a rate of its price; 买N送M: for every N, M more free
CREATE TABLE promotion_quantity_tier (
    promotion_id      BIGINT        NOT NULL,
    min_quantity      INT           NOT NULL,
    rate              DECIMAL(5,4)  NOT NULL,
    CONSTRAINT pk_promotion_quantity_tier PRIMARY KEY (promotion_id, min_quantity),
    CONSTRAINT fk_promotion_quantity_tier FOREIGN KEY (promotion_id) REFERENCES promotion (id)
);
ALTER TABLE promotion ADD COLUMN buy_quantity INT;
-- 限量: a promotion may be limited to so many orders, besides (or instead of) its budget
ALTER TABLE promotion ADD COLUMN max_orders INT;
ALTER TABLE promotion ADD COLUMN free_quantity INT;

-- the stacking table: a flash sale first and alone on its item (only points may follow it); 买N送M on list prices;
-- then the prices, which share a stage so that each item takes the best of member price, quantity price and
-- limited-time discount rather than all of them; 满减, coupon and points as before, points last
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('FLASH_SALE', 3, 'POINTS');
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('BUY_MORE_GET_FREE', 5,
    'THRESHOLD_REDUCTION,COUPON,POINTS');
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('MEMBER_PRICE', 10,
    'THRESHOLD_REDUCTION,COUPON,POINTS');
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('TIERED_PRICE', 10,
    'THRESHOLD_REDUCTION,COUPON,POINTS');
UPDATE promotion_stacking SET combines_with = 'THRESHOLD_REDUCTION,COUPON,POINTS' WHERE kind = 'TIMED_DISCOUNT';
UPDATE promotion_stacking SET combines_with = 'BUY_MORE_GET_FREE,MEMBER_PRICE,TIERED_PRICE,TIMED_DISCOUNT,COUPON,POINTS'
    WHERE kind = 'THRESHOLD_REDUCTION';
UPDATE promotion_stacking SET combines_with =
    'BUY_MORE_GET_FREE,MEMBER_PRICE,TIERED_PRICE,TIMED_DISCOUNT,THRESHOLD_REDUCTION,POINTS' WHERE kind = 'COUPON';
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('POINTS', 40,
    'FLASH_SALE,BUY_MORE_GET_FREE,MEMBER_PRICE,TIERED_PRICE,TIMED_DISCOUNT,THRESHOLD_REDUCTION,COUPON');
