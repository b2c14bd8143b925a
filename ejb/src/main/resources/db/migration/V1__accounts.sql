-- Accounts, their roles, shipping addresses, API tokens and failed logins.
-- One script for H2 (MySQL mode) and MySQL/MariaDB: plain types, lower-case names.

CREATE TABLE account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254),
    mobile          VARCHAR(20),
    password_hash   VARCHAR(512) NOT NULL,
    display_name    VARCHAR(64)  NOT NULL,
    nickname        VARCHAR(64),
    avatar_url      VARCHAR(512),
    gender          VARCHAR(16),
    birthday        DATE,
    phone           VARCHAR(20),
    locale          VARCHAR(16),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT uk_account_mobile UNIQUE (mobile)
);

CREATE TABLE account_role (
    account_id      BIGINT      NOT NULL,
    role_name       VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE address (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT       NOT NULL,
    recipient       VARCHAR(64)  NOT NULL,
    phone           VARCHAR(20)  NOT NULL,
    country         VARCHAR(2)   NOT NULL,
    province        VARCHAR(64)  NOT NULL,
    city            VARCHAR(64)  NOT NULL,
    district        VARCHAR(64),
    line1           VARCHAR(255) NOT NULL,
    postcode        VARCHAR(16),
    is_default      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_address_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_address_account ON address (account_id);

CREATE TABLE api_token (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    token_hash      CHAR(64)    NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_expires ON api_token (expires_at);

CREATE TABLE login_failure (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    login           VARCHAR(254) NOT NULL,
    remote_address  VARCHAR(64)  NOT NULL,
    failed_at       DATETIME(6)  NOT NULL
);
CREATE INDEX ix_login_failure_login ON login_failure (login, failed_at);
CREATE INDEX ix_login_failure_address ON login_failure (remote_address, failed_at);
