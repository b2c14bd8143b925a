-- Complaints (投诉): a buyer's quality or service complaint, handled by customer service (SERVICE) as a ticket with
-- its conversation.

CREATE TABLE complaint (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_no       VARCHAR(24)   NOT NULL,
    buyer_id           BIGINT        NOT NULL,
    order_no           VARCHAR(20),
    merchant_id        BIGINT,
    kind               VARCHAR(16)   NOT NULL,
    subject            VARCHAR(120)  NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    assignee_id        BIGINT,
    resolution         VARCHAR(1000),
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    resolved_at        DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_complaint_no UNIQUE (complaint_no),
    CONSTRAINT fk_complaint_buyer FOREIGN KEY (buyer_id) REFERENCES account (id)
);
CREATE INDEX ix_complaint_status ON complaint (status, created_at);
CREATE INDEX ix_complaint_buyer ON complaint (buyer_id, created_at);

CREATE TABLE complaint_note (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id       BIGINT        NOT NULL,
    author_kind        VARCHAR(16)   NOT NULL,
    author_id          BIGINT,
    text               VARCHAR(2000) NOT NULL,
    written_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_complaint_note FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_complaint_note ON complaint_note (complaint_id, id);
