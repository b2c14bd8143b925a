-- Payments (支付单) covering one or several orders, their notifications inbox (回调), refunds (退款), the transaction
-- journal (交易流水), the outgoing mail queue, and the sandbox gateway's own books (a stand-in third party).

CREATE TABLE payment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    payment_no       VARCHAR(24)   NOT NULL,
    buyer_id         BIGINT        NOT NULL,
    method           VARCHAR(32)   NOT NULL,
    gateway          VARCHAR(32)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    refunded         DECIMAL(19,2) NOT NULL DEFAULT 0,
    currency         CHAR(3)       NOT NULL,
    installments     INT           NOT NULL DEFAULT 1,
    gateway_trade_no VARCHAR(64),
    pay_url          VARCHAR(500),
    idempotency_key  VARCHAR(100),
    request_hash     CHAR(64),
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    paid_at          DATETIME(6),
    closed_at        DATETIME(6),
    close_reason     VARCHAR(100),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_payment_no UNIQUE (payment_no),
    CONSTRAINT uk_payment_idempotency UNIQUE (buyer_id, idempotency_key),
    CONSTRAINT ck_payment_amounts CHECK (amount > 0 AND refunded >= 0 AND refunded <= amount),
    CONSTRAINT fk_payment_buyer FOREIGN KEY (buyer_id) REFERENCES account (id)
);
CREATE INDEX ix_payment_status ON payment (status, created_at);
CREATE INDEX ix_payment_buyer ON payment (buyer_id, created_at);

-- which orders a payment pays, and how much of each; pending_order_id is the order's id while the payment is
-- pending and NULL afterwards, so the database itself allows at most one pending payment per order
CREATE TABLE payment_order (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    payment_id       BIGINT        NOT NULL,
    order_id         BIGINT        NOT NULL,
    order_no         VARCHAR(20)   NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    refunded         DECIMAL(19,2) NOT NULL DEFAULT 0,
    pending_order_id BIGINT,
    CONSTRAINT uk_payment_order UNIQUE (payment_id, order_id),
    CONSTRAINT uk_payment_order_pending UNIQUE (pending_order_id),
    CONSTRAINT ck_payment_order_refund CHECK (refunded >= 0 AND refunded <= amount),
    CONSTRAINT fk_payment_order_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT fk_payment_order_order FOREIGN KEY (order_id) REFERENCES shop_order (id)
);
CREATE INDEX ix_payment_order_order ON payment_order (order_no);

-- every notification a gateway sent that changed (or could have changed) a payment, once per gateway event
CREATE TABLE payment_notification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    gateway          VARCHAR(32)   NOT NULL,
    event_id         VARCHAR(100)  NOT NULL,
    payment_no       VARCHAR(24)   NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    source           VARCHAR(16)   NOT NULL,
    received_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_payment_notification UNIQUE (gateway, event_id)
);

CREATE TABLE refund (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    refund_no        VARCHAR(24)   NOT NULL,
    payment_id       BIGINT        NOT NULL,
    order_no         VARCHAR(20)   NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    reason           VARCHAR(200)  NOT NULL,
    gateway_refund_no VARCHAR(64),
    failure          VARCHAR(200),
    actor_id         BIGINT,
    created_at       DATETIME(6)   NOT NULL,
    completed_at     DATETIME(6),
    CONSTRAINT uk_refund_no UNIQUE (refund_no),
    CONSTRAINT ck_refund_amount CHECK (amount > 0),
    CONSTRAINT fk_refund_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
);
CREATE INDEX ix_refund_order ON refund (order_no);
CREATE INDEX ix_refund_created ON refund (created_at);

-- money in (+) and out (-) per business day in the shop's time zone, written with the change that moved it
CREATE TABLE journal_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_day     DATE          NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    payment_no       VARCHAR(24)   NOT NULL,
    refund_no        VARCHAR(24),
    order_nos        VARCHAR(500)  NOT NULL,
    method           VARCHAR(32)   NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    gateway_reference VARCHAR(64),
    booked_at        DATETIME(6)   NOT NULL
);
CREATE INDEX ix_journal_day ON journal_entry (business_day, id);

-- mail waiting to be sent (or sent), written in the transaction that caused it, so none is lost or sent twice
CREATE TABLE outgoing_mail (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    html_body        TEXT          NOT NULL,
    text_body        TEXT          NOT NULL,
    topic            VARCHAR(64)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_error       VARCHAR(300),
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6),
    CONSTRAINT uk_outgoing_mail_topic UNIQUE (topic, recipient)
);
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (status, next_attempt_at);

-- The sandbox gateway's books: what a real third party keeps on its side (never read by the shop's domain).
CREATE TABLE sandbox_trade (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    trade_no         VARCHAR(32)   NOT NULL,
    merchant_ref     VARCHAR(24)   NOT NULL,
    method           VARCHAR(32)   NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    refunded         DECIMAL(19,2) NOT NULL DEFAULT 0,
    currency         CHAR(3)       NOT NULL,
    installments     INT           NOT NULL DEFAULT 1,
    status           VARCHAR(16)   NOT NULL,
    card_last4       CHAR(4),
    notify_url       VARCHAR(500)  NOT NULL,
    return_url       VARCHAR(500),
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    finished_at      DATETIME(6),
    notify_due_at    DATETIME(6),
    notify_copies    INT           NOT NULL DEFAULT 0,
    notify_attempts  INT           NOT NULL DEFAULT 0,
    notify_error     VARCHAR(300),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_sandbox_trade_no UNIQUE (trade_no),
    CONSTRAINT uk_sandbox_trade_ref UNIQUE (merchant_ref)
);
CREATE INDEX ix_sandbox_trade_notify ON sandbox_trade (notify_due_at);

CREATE TABLE sandbox_refund (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    trade_id         BIGINT        NOT NULL,
    merchant_refund_no VARCHAR(24) NOT NULL,
    gateway_refund_no VARCHAR(32)  NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_sandbox_refund UNIQUE (merchant_refund_no),
    CONSTRAINT fk_sandbox_refund_trade FOREIGN KEY (trade_id) REFERENCES sandbox_trade (id)
);
