-- Catalog administration: hidden categories, brand logos, and per-category specification templates
-- (the specifications and suggested options the product editor offers when a merchant picks the category).

ALTER TABLE category ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE brand ADD COLUMN logo_url VARCHAR(300);

CREATE TABLE category_spec_template (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_id     BIGINT       NOT NULL,
    sort_order      INT          NOT NULL,
    name            VARCHAR(32)  NOT NULL,
    option_list     VARCHAR(600) NOT NULL,
    CONSTRAINT uk_category_spec_template UNIQUE (category_id, name),
    CONSTRAINT fk_category_spec_template_category FOREIGN KEY (category_id) REFERENCES category (id)
);
