-- Partial shipments (分批发货): an order may leave in several parcels, each carrying whole order lines. A line
-- knows the parcel it left in; the order ships when its last line has.
ALTER TABLE shipment DROP CONSTRAINT fk_shipment_order;
ALTER TABLE shipment DROP CONSTRAINT uk_shipment_order;
CREATE INDEX ix_shipment_order ON shipment (order_id);
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_order FOREIGN KEY (order_id) REFERENCES shop_order (id);

ALTER TABLE order_line ADD COLUMN shipment_id BIGINT;
ALTER TABLE order_line ADD CONSTRAINT fk_order_line_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id);
-- orders shipped before: every line left in the order's one parcel
UPDATE order_line SET shipment_id = (SELECT s.id FROM shipment s WHERE s.order_id = order_line.order_id)
 WHERE EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = order_line.order_id);

-- how many parcels an order has left in (its version changes with each, which serialises shipments)
ALTER TABLE shop_order ADD COLUMN parcels INT NOT NULL DEFAULT 0;
UPDATE shop_order SET parcels = (SELECT COUNT(*) FROM shipment s WHERE s.order_id = shop_order.id);
