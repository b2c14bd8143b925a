-- 平台包邮: freight the buyer does not pay because the platform gives free shipping (a member level's benefit, a
-- platform free-shipping coupon). The shop still ships the parcel, so settlement pays it what its own freight
-- template would have charged. A shop's own free shipping (its coupon, its 包邮门槛) stays the shop's: 0 here.
ALTER TABLE shop_order ADD COLUMN platform_freight DECIMAL(19,2) NOT NULL DEFAULT 0;
ALTER TABLE shop_order ADD CONSTRAINT ck_order_platform_freight CHECK (platform_freight >= 0);
