-- Shoppers' favourites (收藏) and recently viewed products (浏览历史).

CREATE TABLE favourite (
    account_id      BIGINT      NOT NULL,
    product_id      BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, product_id),
    CONSTRAINT fk_favourite_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_favourite_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);

CREATE TABLE browsing_history (
    account_id      BIGINT      NOT NULL,
    product_id      BIGINT      NOT NULL,
    viewed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, product_id),
    CONSTRAINT fk_history_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_history_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);
CREATE INDEX ix_history_recent ON browsing_history (account_id, viewed_at);
