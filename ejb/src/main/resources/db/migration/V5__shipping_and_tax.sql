-- Freight templates (运费模板) with their rules, and tax rates (税率).
-- One script for H2 (MySQL mode) and MySQL/MariaDB.

CREATE TABLE freight_template (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    merchant_id         BIGINT        NOT NULL,
    name                VARCHAR(64)   NOT NULL,
    ship_from_province  VARCHAR(64)   NOT NULL,
    ship_from_city      VARCHAR(64)   NOT NULL,
    currency            CHAR(3)       NOT NULL,
    free_threshold      DECIMAL(19,2),
    pickup_enabled      BOOLEAN       NOT NULL DEFAULT FALSE,
    pickup_address      VARCHAR(255),
    is_default          BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the merchant id while this is its default template, else NULL: the unique key allows one default each
    default_of          BIGINT GENERATED ALWAYS AS (CASE WHEN is_default THEN merchant_id ELSE NULL END),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_freight_template_default UNIQUE (default_of),
    CONSTRAINT ck_freight_template_threshold CHECK (free_threshold IS NULL OR free_threshold >= 0),
    CONSTRAINT fk_freight_template_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX ix_freight_template_merchant ON freight_template (merchant_id, is_default);

CREATE TABLE freight_rule (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id             BIGINT        NOT NULL,
    sort_order              INT           NOT NULL,
    method                  VARCHAR(16)   NOT NULL,
    provinces               VARCHAR(1000),
    first_weight_grams      INT           NOT NULL,
    first_fee               DECIMAL(19,2) NOT NULL,
    additional_weight_grams INT           NOT NULL,
    additional_fee          DECIMAL(19,2) NOT NULL,
    free_shipping           BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_freight_rule_weights CHECK (first_weight_grams >= 1 AND additional_weight_grams >= 1),
    CONSTRAINT ck_freight_rule_fees CHECK (first_fee >= 0 AND additional_fee >= 0),
    CONSTRAINT fk_freight_rule_template FOREIGN KEY (template_id) REFERENCES freight_template (id) ON DELETE CASCADE
);
CREATE INDEX ix_freight_rule_template ON freight_rule (template_id, sort_order);

CREATE TABLE tax_rate (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    country         VARCHAR(2)    NOT NULL,
    province        VARCHAR(64),
    category_id     BIGINT,
    rate            DECIMAL(7,4)  NOT NULL,
    label           VARCHAR(64)   NOT NULL,
    label_en        VARCHAR(64)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_tax_rate_rate CHECK (rate >= 0 AND rate < 1),
    CONSTRAINT fk_tax_rate_category FOREIGN KEY (category_id) REFERENCES category (id)
);
CREATE INDEX ix_tax_rate_country ON tax_rate (country);
