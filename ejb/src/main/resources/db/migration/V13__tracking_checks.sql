-- When the shop last asked the carrier about a parcel on its way (the tracking reconciler's bookmark, for webhooks
-- that never arrived).
ALTER TABLE shipment ADD COLUMN last_checked_at DATETIME(6);
CREATE INDEX ix_shipment_on_the_way ON shipment (status, shipped_at);
