-- The coupon's stage in the stacking table: after 满减, on what the items cost by then; it may share an item with
-- a limited-time discount and a 满减.
INSERT INTO promotion_stacking (kind, stage, combines_with) VALUES ('COUPON', 30, 'TIMED_DISCOUNT,THRESHOLD_REDUCTION');
UPDATE promotion_stacking SET combines_with = 'THRESHOLD_REDUCTION,COUPON' WHERE kind = 'TIMED_DISCOUNT';
UPDATE promotion_stacking SET combines_with = 'TIMED_DISCOUNT,COUPON' WHERE kind = 'THRESHOLD_REDUCTION';
