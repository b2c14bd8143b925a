-- Shipments (发货) of paid orders, the carriers' tracking events (物流轨迹) as an inbox, cash collected on delivery,
-- and the sandbox carrier's own books (a stand-in logistics company).

CREATE TABLE shipment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    order_no         VARCHAR(20)   NOT NULL,
    merchant_id      BIGINT        NOT NULL,
    carrier          VARCHAR(32)   NOT NULL,
    tracking_no      VARCHAR(40)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    shipped_at       DATETIME(6)   NOT NULL,
    delivered_at     DATETIME(6),
    shipped_by       BIGINT,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_shipment_tracking UNIQUE (carrier, tracking_no),
    CONSTRAINT uk_shipment_order UNIQUE (order_id),
    CONSTRAINT fk_shipment_order FOREIGN KEY (order_id) REFERENCES shop_order (id)
);

CREATE TABLE tracking_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    shipment_id      BIGINT        NOT NULL,
    carrier          VARCHAR(32)   NOT NULL,
    event_id         VARCHAR(80)   NOT NULL,
    code             VARCHAR(24)   NOT NULL,
    city             VARCHAR(64),
    description      VARCHAR(200),
    occurred_at      DATETIME(6)   NOT NULL,
    received_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_tracking_event UNIQUE (carrier, event_id),
    CONSTRAINT fk_tracking_event_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id)
);
CREATE INDEX ix_tracking_event_shipment ON tracking_event (shipment_id, occurred_at);

-- cash on delivery: when the courier handed over the goods and took the money for this order
ALTER TABLE payment_order ADD COLUMN collected_at DATETIME(6);

CREATE TABLE sandbox_waybill (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_no      VARCHAR(40)   NOT NULL,
    reference        VARCHAR(40)   NOT NULL,
    from_city        VARCHAR(64)   NOT NULL,
    to_city          VARCHAR(64)   NOT NULL,
    notify_url       VARCHAR(500)  NOT NULL,
    next_step        INT           NOT NULL DEFAULT 0,
    next_due_at      DATETIME(6),
    attempts         INT           NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_sandbox_waybill UNIQUE (tracking_no)
);
CREATE INDEX ix_sandbox_waybill_due ON sandbox_waybill (next_due_at);
