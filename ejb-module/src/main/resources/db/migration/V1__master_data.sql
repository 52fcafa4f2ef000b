-- Master data (SPEC M1-M5) and users (P1).
-- Written in the SQL subset shared by PostgreSQL and H2 (MODE=PostgreSQL), so the same
-- migrations build the production schema and the embedded first-run database.

-- One sequence for all entity ids; EclipseLink allocates blocks of 50 and takes each value
-- it reads as the top of its block, so the first value must be at least 50.
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE code_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    code         VARCHAR(10)  NOT NULL,
    description  VARCHAR(200) NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT code_entry_kind_code UNIQUE (kind, code)
);

CREATE TABLE item (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    code                  VARCHAR(30)   NOT NULL,
    description           VARCHAR(200)  NOT NULL,
    unit                  VARCHAR(10),
    unit_price            NUMERIC(12,2) NOT NULL,
    warranty_months       INTEGER       NOT NULL DEFAULT 0,
    warranty_urgency      VARCHAR(10),
    auto_renew            BOOLEAN       NOT NULL DEFAULT FALSE,
    warning_days          INTEGER       NOT NULL DEFAULT 30,
    warranty_convertible  BOOLEAN       NOT NULL DEFAULT FALSE,
    serial_tracked        BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT item_code UNIQUE (code)
);

CREATE TABLE stock_level (
    id              BIGINT        NOT NULL PRIMARY KEY,
    item_id         BIGINT        NOT NULL REFERENCES item (id),
    warehouse_code  VARCHAR(10)   NOT NULL,
    on_hand         NUMERIC(12,3) NOT NULL DEFAULT 0,
    on_order        NUMERIC(12,3) NOT NULL DEFAULT 0,
    committed       NUMERIC(12,3) NOT NULL DEFAULT 0,
    expected_on     DATE,
    CONSTRAINT stock_level_item_warehouse UNIQUE (item_id, warehouse_code)
);

CREATE TABLE tariff (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL,
    code     VARCHAR(20)  NOT NULL,
    name     VARCHAR(120) NOT NULL,
    CONSTRAINT tariff_code UNIQUE (code)
);

-- A tariff price is valid from its date until the next price for the same item or typology:
-- rows are never updated in place, so the price at any past date stays answerable (C9).
CREATE TABLE tariff_price (
    id             BIGINT        NOT NULL PRIMARY KEY,
    tariff_id      BIGINT        NOT NULL REFERENCES tariff (id),
    item_id        BIGINT        REFERENCES item (id),
    typology_code  VARCHAR(10),
    valid_from     DATE          NOT NULL,
    monthly_price  NUMERIC(12,2) NOT NULL,
    CONSTRAINT tariff_price_subject CHECK ((item_id IS NULL) <> (typology_code IS NULL))
);
CREATE INDEX tariff_price_lookup ON tariff_price (tariff_id, item_id, valid_from);

CREATE TABLE customer (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    code                  VARCHAR(20)   NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    name_key              VARCHAR(200)  NOT NULL,
    vat_number            VARCHAR(20),
    tax_code              VARCHAR(20),
    legal_representative  VARCHAR(120),
    street                VARCHAR(200),
    postal_code           VARCHAR(10),
    city                  VARCHAR(100),
    city_key              VARCHAR(100),
    province              VARCHAR(5),
    country               VARCHAR(2),
    email                 VARCHAR(200),
    pec                   VARCHAR(200),
    sdi_code              VARCHAR(7),
    payment_terms         VARCHAR(10),
    tariff_id             BIGINT        REFERENCES tariff (id),
    open_items            NUMERIC(14,2) NOT NULL DEFAULT 0,
    overdue_amount        NUMERIC(14,2) NOT NULL DEFAULT 0,
    credit_blocked        BOOLEAN       NOT NULL DEFAULT FALSE,
    credit_updated_on     DATE,
    CONSTRAINT customer_code UNIQUE (code)
);
-- Seek paging runs in code order inside each filter: these indexes serve it at any depth.
CREATE INDEX customer_city_code ON customer (city_key, code);
CREATE INDEX customer_vat_code ON customer (vat_number, code);
CREATE INDEX customer_name_code ON customer (name_key, code);

CREATE TABLE service_site (
    id           BIGINT       NOT NULL PRIMARY KEY,
    customer_id  BIGINT       NOT NULL REFERENCES customer (id),
    name         VARCHAR(120) NOT NULL,
    street       VARCHAR(200),
    postal_code  VARCHAR(10),
    city         VARCHAR(100),
    province     VARCHAR(5),
    country      VARCHAR(2),
    distance_km  NUMERIC(8,1) NOT NULL DEFAULT 0
);
CREATE INDEX service_site_customer ON service_site (customer_id);

CREATE TABLE contact (
    id           BIGINT       NOT NULL PRIMARY KEY,
    customer_id  BIGINT       NOT NULL REFERENCES customer (id),
    name         VARCHAR(120) NOT NULL,
    role         VARCHAR(80),
    phone        VARCHAR(40),
    email        VARCHAR(200)
);
CREATE INDEX contact_customer ON contact (customer_id);

CREATE TABLE technician (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    code              VARCHAR(20)   NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    hourly_cost       NUMERIC(10,2) NOT NULL,
    hourly_sell_rate  NUMERIC(10,2) NOT NULL,
    home_warehouse    VARCHAR(10),
    username          VARCHAR(60),
    CONSTRAINT technician_code UNIQUE (code)
);

CREATE TABLE technician_skill (
    technician_id  BIGINT      NOT NULL REFERENCES technician (id),
    skill          VARCHAR(60) NOT NULL,
    PRIMARY KEY (technician_id, skill)
);

CREATE TABLE app_user (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    username       VARCHAR(60)  NOT NULL,
    full_name      VARCHAR(120),
    password_hash  VARCHAR(400) NOT NULL,
    customer_id    BIGINT       REFERENCES customer (id),
    locale         VARCHAR(5)   NOT NULL DEFAULT 'en',
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id  BIGINT      NOT NULL REFERENCES app_user (id),
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role)
);
