-- Merchant settlement (结算与清算): the platform's commission rates, effective-dated, per category (and its
-- subcategories) and/or per merchant; the settlement statements (结算单) per merchant and period with their lines.
-- A sold order line, an order's freight and a refund each belong to at most one statement: the unique key on
-- settlement_line.settles ("L:<order line id>", "F:<order id>", "R:<refund id>") makes sure nothing is paid twice.

CREATE TABLE commission_rate (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    merchant_id      BIGINT,
    category_id      BIGINT,
    rate             DECIMAL(6,4)  NOT NULL,
    effective_from   DATE          NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_commission_rate UNIQUE (merchant_id, category_id, effective_from),
    CONSTRAINT ck_commission_rate CHECK (rate >= 0 AND rate < 1)
);

-- the platform's standard rate until finance sets others
INSERT INTO commission_rate (merchant_id, category_id, rate, effective_from, created_at)
VALUES (NULL, NULL, 0.0500, DATE '2000-01-01', CURRENT_TIMESTAMP);

CREATE TABLE settlement (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    statement_no     VARCHAR(24)   NOT NULL,
    merchant_id      BIGINT        NOT NULL,
    period_from      DATE          NOT NULL,
    period_to        DATE          NOT NULL,
    currency         CHAR(3)       NOT NULL,
    sales            DECIMAL(19,2) NOT NULL DEFAULT 0,
    freight          DECIMAL(19,2) NOT NULL DEFAULT 0,
    refunds          DECIMAL(19,2) NOT NULL DEFAULT 0,
    commission       DECIMAL(19,2) NOT NULL DEFAULT 0,
    net              DECIMAL(19,2) NOT NULL DEFAULT 0,
    line_count       INT           NOT NULL DEFAULT 0,
    status           VARCHAR(20)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    job_execution_id BIGINT,
    paid_out_at      DATETIME(6),
    paid_out_by      BIGINT,
    payout_reference VARCHAR(64),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_settlement_no UNIQUE (statement_no),
    CONSTRAINT uk_settlement_period UNIQUE (merchant_id, period_from, period_to)
);

CREATE TABLE settlement_line (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    settlement_id    BIGINT        NOT NULL,
    settles          VARCHAR(40)   NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    order_id         BIGINT        NOT NULL,
    order_no         VARCHAR(20)   NOT NULL,
    line_no          INT,
    refund_no        VARCHAR(24),
    description      VARCHAR(200)  NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    rate             DECIMAL(6,4)  NOT NULL,
    commission       DECIMAL(19,2) NOT NULL,
    net              DECIMAL(19,2) NOT NULL,
    occurred_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_settlement_line UNIQUE (settles),
    CONSTRAINT fk_settlement_line FOREIGN KEY (settlement_id) REFERENCES settlement (id)
);
CREATE INDEX ix_settlement_line_statement ON settlement_line (settlement_id, id);
CREATE INDEX ix_settlement_line_order ON settlement_line (order_id, kind);
-- what the settlement's reader asks: a merchant's completed orders by completion
CREATE INDEX ix_order_settleable ON shop_order (merchant_id, status, completed_at);
