-- Merchants, the catalog (categories, brands, products with specifications and SKUs, pictures) and the stock
-- ledger that every stock change writes to.

CREATE TABLE merchant (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_id        BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    name_en         VARCHAR(100),
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_merchant_owner UNIQUE (owner_id),
    CONSTRAINT fk_merchant_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);

CREATE TABLE category (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id       BIGINT,
    name            VARCHAR(64)  NOT NULL,
    name_en         VARCHAR(64)  NOT NULL,
    slug            VARCHAR(80)  NOT NULL,
    icon            VARCHAR(64),
    sort_order      INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_category_slug UNIQUE (slug),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
);

CREATE TABLE brand (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(64)  NOT NULL,
    name_en         VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_brand_name UNIQUE (name)
);

CREATE TABLE product (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    merchant_id         BIGINT        NOT NULL,
    category_id         BIGINT        NOT NULL,
    brand_id            BIGINT,
    name                VARCHAR(120)  NOT NULL,
    name_en             VARCHAR(120)  NOT NULL,
    subtitle            VARCHAR(200),
    description         VARCHAR(8000),
    tags                VARCHAR(500),
    slug                VARCHAR(160)  NOT NULL,
    seo_title           VARCHAR(120),
    seo_description     VARCHAR(300),
    status              VARCHAR(20)   NOT NULL,
    review_note         VARCHAR(500),
    purchase_limit      INT           NOT NULL DEFAULT 0,
    low_stock_threshold INT           NOT NULL DEFAULT 0,
    on_shelf_at         DATETIME(6),
    off_shelf_at        DATETIME(6),
    price_from          DECIMAL(19,2) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    sales               BIGINT        NOT NULL DEFAULT 0,
    rating              DECIMAL(3,2)  NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_product_brand FOREIGN KEY (brand_id) REFERENCES brand (id)
);
CREATE INDEX ix_product_status ON product (status, updated_at);
CREATE INDEX ix_product_merchant ON product (merchant_id, status);
CREATE INDEX ix_product_updated ON product (updated_at);

CREATE TABLE product_spec (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id      BIGINT       NOT NULL,
    sort_order      INT          NOT NULL,
    name            VARCHAR(32)  NOT NULL,
    option_list     VARCHAR(600) NOT NULL,
    CONSTRAINT fk_product_spec_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);

CREATE TABLE sku (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id      BIGINT        NOT NULL,
    code            VARCHAR(64)   NOT NULL,
    specs           VARCHAR(300)  NOT NULL,
    price           DECIMAL(19,2) NOT NULL,
    original_price  DECIMAL(19,2),
    currency        CHAR(3)       NOT NULL,
    weight_grams    INT           NOT NULL DEFAULT 0,
    length_mm       INT,
    width_mm        INT,
    height_mm       INT,
    barcode         VARCHAR(32),
    image_url       VARCHAR(512),
    on_hand         INT           NOT NULL DEFAULT 0,
    reserved        INT           NOT NULL DEFAULT 0,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_sku_code UNIQUE (code),
    CONSTRAINT uk_sku_product_specs UNIQUE (product_id, specs),
    CONSTRAINT ck_sku_stock CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand),
    CONSTRAINT ck_sku_price CHECK (price >= 0),
    CONSTRAINT fk_sku_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);

CREATE TABLE product_image (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id      BIGINT       NOT NULL,
    sort_order      INT          NOT NULL,
    url             VARCHAR(512) NOT NULL,
    thumb_url       VARCHAR(512) NOT NULL,
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);

CREATE TABLE stock_movement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sku_id          BIGINT       NOT NULL,
    movement_type   VARCHAR(16)  NOT NULL,
    quantity        INT          NOT NULL,
    on_hand_after   INT          NOT NULL,
    reserved_after  INT          NOT NULL,
    reason          VARCHAR(200),
    reference       VARCHAR(64),
    actor_id        BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_stock_movement_sku FOREIGN KEY (sku_id) REFERENCES sku (id)
);
CREATE INDEX ix_stock_movement_sku ON stock_movement (sku_id, id);
