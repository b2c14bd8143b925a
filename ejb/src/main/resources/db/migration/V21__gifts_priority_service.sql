-- 满赠 / 赠品: spend a minimum on the items in scope and so many units of a gift SKU (the shop's own) come free with
-- the order, as long as its stock lasts; the gift's list price is what the promotion gives (its budget pays it)
ALTER TABLE promotion ADD COLUMN gift_sku_id BIGINT;
ALTER TABLE promotion ADD COLUMN gift_quantity INT;
ALTER TABLE promotion ADD COLUMN gift_minimum DECIMAL(19,2);

-- the stacking table: 满赠 after the item prices and before 满减, on what the items cost by then; a flash sale's
-- item stands alone and does not count towards it
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('GIFT', 15,
    'BUY_MORE_GET_FREE,MEMBER_PRICE,TIERED_PRICE,TIMED_DISCOUNT,THRESHOLD_REDUCTION,COUPON,POINTS');
UPDATE promotion_stacking SET combines_with = 'GIFT,THRESHOLD_REDUCTION,COUPON,POINTS'
    WHERE kind IN ('BUY_MORE_GET_FREE', 'MEMBER_PRICE', 'TIERED_PRICE', 'TIMED_DISCOUNT');
UPDATE promotion_stacking SET combines_with = CONCAT(combines_with, ',GIFT')
    WHERE kind IN ('THRESHOLD_REDUCTION', 'COUPON', 'POINTS');

-- 优先服务: a complaint of a member whose level has priority service goes to the front of customer service's queue
-- (the level the member had when filing it)
ALTER TABLE complaint ADD COLUMN priority BOOLEAN NOT NULL DEFAULT FALSE;

-- 平台补贴: a discount the platform pays for (its promotions and coupons, member prices, points) rather than the shop;
-- settlement pays it to the shop. Orders placed before kept every discount on the shop, as they were settled.
ALTER TABLE order_line_discount ADD COLUMN platform_funded BOOLEAN NOT NULL DEFAULT FALSE;
