-- Stock reconciliation (库存盘点): physical counts staff record, and the discrepancy reports of the nightly
-- stock-reconciliation job (one row per SKU and kind of difference, per run — the job instance, which a restart
-- continues), with the ledger entry that corrected each, when asked to.

CREATE TABLE stock_count (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    sku_id           BIGINT        NOT NULL,
    counted          INT           NOT NULL,
    note             VARCHAR(200),
    counted_by       BIGINT,
    counted_at       DATETIME(6)   NOT NULL,
    reconciled_at    DATETIME(6),
    CONSTRAINT ck_stock_count CHECK (counted >= 0),
    CONSTRAINT fk_stock_count_sku FOREIGN KEY (sku_id) REFERENCES sku (id)
);
CREATE INDEX ix_stock_count_open ON stock_count (sku_id, reconciled_at);

CREATE TABLE stock_discrepancy (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id           BIGINT        NOT NULL,
    sku_id           BIGINT        NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    expected         INT           NOT NULL,
    actual           INT           NOT NULL,
    difference       INT           NOT NULL,
    likely_cause     VARCHAR(200)  NOT NULL,
    corrected        BOOLEAN       NOT NULL DEFAULT FALSE,
    movement_id      BIGINT,
    found_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_stock_discrepancy UNIQUE (run_id, sku_id, kind),
    CONSTRAINT fk_stock_discrepancy_sku FOREIGN KEY (sku_id) REFERENCES sku (id)
);
CREATE INDEX ix_stock_discrepancy_run ON stock_discrepancy (run_id, id);
