-- Contracts (SPEC C1-C5, C12, C13), equipment (E1), audit trail and the ERP outbox.
-- Same SQL subset as V1: it runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE contract_type (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    code                 VARCHAR(3)   NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    duration_months      INTEGER      NOT NULL,
    billing_months       INTEGER      NOT NULL,
    renewal_months       INTEGER      NOT NULL,
    auto_renew           BOOLEAN      NOT NULL,
    warranty             BOOLEAN      NOT NULL,
    quote_validity_days  INTEGER      NOT NULL,
    number_prefix        VARCHAR(10)  NOT NULL,
    quote_prefix         VARCHAR(10),
    labour_covered       BOOLEAN      NOT NULL,
    travel_covered       BOOLEAN      NOT NULL,
    parts_covered        BOOLEAN      NOT NULL,
    consumables_covered  BOOLEAN      NOT NULL,
    CONSTRAINT contract_type_code UNIQUE (code)
);

-- Contract types were a plain code table until contracts needed their schema and defaults.
INSERT INTO contract_type (id, version, code, name, duration_months, billing_months, renewal_months, auto_renew,
        warranty, quote_validity_days, number_prefix, labour_covered, travel_covered, parts_covered,
        consumables_covered)
    SELECT id, 1, code, description, 12, 12, 12, TRUE, FALSE, 30, 'C' || code, TRUE, TRUE, FALSE, FALSE
    FROM code_entry WHERE kind = 'CONTRACT_TYPE';
DELETE FROM code_entry WHERE kind = 'CONTRACT_TYPE';

CREATE TABLE contract_type_field (
    contract_type_id  BIGINT        NOT NULL REFERENCES contract_type (id),
    position          INTEGER       NOT NULL,
    field_key         VARCHAR(40)   NOT NULL,
    label             VARCHAR(120)  NOT NULL,
    kind              VARCHAR(10)   NOT NULL,
    required          BOOLEAN       NOT NULL,
    options           VARCHAR(2000),
    PRIMARY KEY (contract_type_id, position)
);

CREATE TABLE number_series (
    series_key  VARCHAR(60) NOT NULL PRIMARY KEY,
    last_value  BIGINT      NOT NULL
);

CREATE TABLE equipment (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    customer_id          BIGINT       NOT NULL REFERENCES customer (id),
    site_id              BIGINT       REFERENCES service_site (id),
    item_id              BIGINT       REFERENCES item (id),
    serial_number        VARCHAR(60),
    description          VARCHAR(200) NOT NULL,
    manufacturer         VARCHAR(120),
    manufacturer_serial  VARCHAR(60),
    location_detail      VARCHAR(200),
    sale_date            DATE,
    warranty_end         DATE,
    sold_by_us           BOOLEAN      NOT NULL,
    status               VARCHAR(20)  NOT NULL
);
CREATE INDEX equipment_customer ON equipment (customer_id, id);
CREATE INDEX equipment_serial ON equipment (serial_number);

CREATE TABLE contract (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    version              BIGINT         NOT NULL,
    number               VARCHAR(40)    NOT NULL,
    contract_type_id     BIGINT         NOT NULL REFERENCES contract_type (id),
    customer_id          BIGINT         NOT NULL REFERENCES customer (id),
    typology_code        VARCHAR(10),
    start_date           DATE           NOT NULL,
    duration_months      INTEGER        NOT NULL,
    end_date             DATE           NOT NULL,
    renewal_months       INTEGER        NOT NULL,
    billing_months       INTEGER        NOT NULL,
    payment_terms        VARCHAR(10),
    auto_renew           BOOLEAN        NOT NULL,
    status               VARCHAR(10)    NOT NULL,
    issued_on            DATE           NOT NULL,
    quote_valid_until    DATE,
    quote_number         VARCHAR(40),
    status_changed_on    DATE,
    status_reason        VARCHAR(500),
    contract_value       NUMERIC(14,2)  NOT NULL,
    labour_covered       BOOLEAN        NOT NULL,
    travel_covered       BOOLEAN        NOT NULL,
    parts_covered        BOOLEAN        NOT NULL,
    consumables_covered  BOOLEAN        NOT NULL,
    custom_fields        VARCHAR(100000),
    CONSTRAINT contract_number UNIQUE (number)
);
-- The contract list seeks in end-date order within each filter; these indexes serve it at any depth.
CREATE INDEX contract_end ON contract (end_date, id);
CREATE INDEX contract_customer_end ON contract (customer_id, end_date, id);
CREATE INDEX contract_status_end ON contract (status, end_date, id);
CREATE INDEX contract_type_end ON contract (contract_type_id, end_date, id);

CREATE TABLE contract_line (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    contract_id         BIGINT         NOT NULL REFERENCES contract (id),
    equipment_id        BIGINT         REFERENCES equipment (id),
    item_id             BIGINT         REFERENCES item (id),
    description         VARCHAR(300)   NOT NULL,
    price_source        VARCHAR(20)    NOT NULL,
    tariff_code         VARCHAR(20),
    price_date          DATE,
    monthly_price       NUMERIC(12,2),
    coefficient_months  NUMERIC(6,2),
    tariff_amount       NUMERIC(14,2),
    amount              NUMERIC(14,2)  NOT NULL,
    covered_from        DATE           NOT NULL,
    removed_on          DATE,
    CONSTRAINT contract_line_subject CHECK (equipment_id IS NOT NULL OR item_id IS NOT NULL)
);
CREATE INDEX contract_line_contract ON contract_line (contract_id);
CREATE INDEX contract_line_equipment ON contract_line (equipment_id);

CREATE TABLE instalment (
    id           BIGINT         NOT NULL PRIMARY KEY,
    contract_id  BIGINT         NOT NULL REFERENCES contract (id),
    sequence     INTEGER        NOT NULL,
    period_from  DATE           NOT NULL,
    period_to    DATE           NOT NULL,
    due_date     DATE           NOT NULL,
    amount       NUMERIC(14,2)  NOT NULL,
    status       VARCHAR(10)    NOT NULL,
    CONSTRAINT instalment_contract_sequence UNIQUE (contract_id, sequence)
);
CREATE INDEX instalment_status_due ON instalment (status, due_date);

CREATE TABLE delivery_note (
    id              BIGINT         NOT NULL PRIMARY KEY,
    number          VARCHAR(40)    NOT NULL,
    contract_id     BIGINT         NOT NULL REFERENCES contract (id),
    line_id         BIGINT         NOT NULL REFERENCES contract_line (id),
    kind            VARCHAR(10)    NOT NULL,
    note_date       DATE           NOT NULL,
    description     VARCHAR(600)   NOT NULL,
    period_from     DATE           NOT NULL,
    period_to       DATE           NOT NULL,
    remaining_days  BIGINT         NOT NULL,
    period_days     BIGINT         NOT NULL,
    full_value      NUMERIC(14,2)  NOT NULL,
    amount          NUMERIC(14,2)  NOT NULL,
    created_by      VARCHAR(60)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_note_number UNIQUE (number)
);
CREATE INDEX delivery_note_contract ON delivery_note (contract_id, id);
CREATE INDEX delivery_note_date ON delivery_note (note_date, id);

CREATE TABLE contract_template (
    id                BIGINT        NOT NULL PRIMARY KEY,
    contract_type_id  BIGINT        NOT NULL REFERENCES contract_type (id),
    name              VARCHAR(60)   NOT NULL,
    revision          INTEGER       NOT NULL,
    locale            VARCHAR(5)    NOT NULL,
    body              VARCHAR(200000) NOT NULL,
    created_by        VARCHAR(60)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contract_template_revision UNIQUE (contract_type_id, name, revision)
);

CREATE TABLE file_content (
    id     BIGINT  NOT NULL PRIMARY KEY,
    bytes  BYTEA   NOT NULL
);

CREATE TABLE contract_file (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    contract_id        BIGINT        NOT NULL REFERENCES contract (id),
    kind               VARCHAR(10)   NOT NULL,
    file_name          VARCHAR(120)  NOT NULL,
    media_type         VARCHAR(60)   NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    sha256             VARCHAR(64)   NOT NULL,
    template_name      VARCHAR(60),
    template_revision  INTEGER,
    created_by         VARCHAR(60)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    content_id         BIGINT        NOT NULL REFERENCES file_content (id)
);
CREATE INDEX contract_file_contract ON contract_file (contract_id, id);

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    BIGINT        NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(60)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    detail       VARCHAR(4000)
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, id);

CREATE TABLE outbox_message (
    id            BIGINT        NOT NULL PRIMARY KEY,
    message_type  VARCHAR(30)   NOT NULL,
    reference     VARCHAR(60)   NOT NULL,
    payload       VARCHAR(10000) NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outbox_message_reference UNIQUE (message_type, reference)
);
CREATE INDEX outbox_message_status ON outbox_message (status, id);
