-- Contract lifecycle (SPEC C6, C9, C10, C11, W1, W2): price indices, revaluation clauses and
-- records, renewal runs, warnings and their inbox, invoices that made warranties.
-- Same SQL subset as V1: it runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE price_index (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    code                VARCHAR(20)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    variation_decimals  INTEGER,
    CONSTRAINT price_index_code UNIQUE (code)
);

CREATE TABLE index_base (
    price_index_id    BIGINT         NOT NULL REFERENCES price_index (id),
    label             VARCHAR(40)    NOT NULL,
    from_month        DATE           NOT NULL,
    link_coefficient  NUMERIC(12,6),
    PRIMARY KEY (price_index_id, from_month)
);

CREATE TABLE index_value (
    id              BIGINT         NOT NULL PRIMARY KEY,
    price_index_id  BIGINT         NOT NULL REFERENCES price_index (id),
    value_month     DATE           NOT NULL,
    index_value     NUMERIC(12,3)  NOT NULL,
    provisional     BOOLEAN        NOT NULL,
    CONSTRAINT index_value_month UNIQUE (price_index_id, value_month)
);

ALTER TABLE contract_type ADD COLUMN converts_to_id BIGINT REFERENCES contract_type (id);
ALTER TABLE contract_type ADD COLUMN warning_days INTEGER;
ALTER TABLE contract_type ADD COLUMN admin_warning_days INTEGER NOT NULL DEFAULT 30;

ALTER TABLE contract ADD COLUMN reval_index_code VARCHAR(20);
ALTER TABLE contract ADD COLUMN reval_share_percent NUMERIC(6,3);
ALTER TABLE contract ADD COLUMN reval_decreases BOOLEAN;
ALTER TABLE contract ADD COLUMN reval_floor_percent NUMERIC(6,3);
ALTER TABLE contract ADD COLUMN reval_lag_months INTEGER;
ALTER TABLE contract ADD COLUMN warning_days INTEGER;
ALTER TABLE contract ADD COLUMN responsible_user VARCHAR(60);
-- One successor per term at most: the database itself refuses a second renewal.
ALTER TABLE contract ADD COLUMN renewal_of BIGINT REFERENCES contract (id);
ALTER TABLE contract ADD CONSTRAINT contract_renewal_of UNIQUE (renewal_of);

ALTER TABLE contract_line ADD COLUMN renewal_basis VARCHAR(1000);

ALTER TABLE app_user ADD COLUMN email VARCHAR(200);

CREATE TABLE renewal_run (
    id              BIGINT        NOT NULL PRIMARY KEY,
    run_date        DATE          NOT NULL,
    run_trigger     VARCHAR(10)   NOT NULL,
    requested_by    VARCHAR(60)   NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    chunk_size      INTEGER       NOT NULL,
    pause_millis    INTEGER       NOT NULL,
    resumes_run_id  BIGINT        REFERENCES renewal_run (id),
    renewed         INTEGER       NOT NULL,
    converted       INTEGER       NOT NULL,
    expired         INTEGER       NOT NULL,
    waiting         INTEGER       NOT NULL,
    failed          INTEGER       NOT NULL,
    error           VARCHAR(2000)
);
CREATE INDEX renewal_run_status ON renewal_run (status, id);

CREATE TABLE renewal_outcome (
    id                BIGINT        NOT NULL PRIMARY KEY,
    run_id            BIGINT        NOT NULL REFERENCES renewal_run (id),
    contract_id       BIGINT        NOT NULL REFERENCES contract (id),
    contract_number   VARCHAR(40)   NOT NULL,
    result            VARCHAR(12)   NOT NULL,
    successor_id      BIGINT        REFERENCES contract (id),
    successor_number  VARCHAR(40),
    message           VARCHAR(2000)
);
CREATE INDEX renewal_outcome_run ON renewal_outcome (run_id, id);
CREATE INDEX renewal_outcome_contract ON renewal_outcome (contract_id);

CREATE TABLE revaluation (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    contract_id        BIGINT         NOT NULL REFERENCES contract (id),
    previous_id        BIGINT         NOT NULL REFERENCES contract (id),
    run_id             BIGINT         REFERENCES renewal_run (id),
    applied_on         DATE           NOT NULL,
    index_code         VARCHAR(20)    NOT NULL,
    from_month         DATE           NOT NULL,
    from_value         NUMERIC(12,3)  NOT NULL,
    to_month           DATE           NOT NULL,
    to_value           NUMERIC(12,3)  NOT NULL,
    coefficient        NUMERIC(18,8)  NOT NULL,
    variation_percent  NUMERIC(18,8)  NOT NULL,
    share_percent      NUMERIC(6,3)   NOT NULL,
    applied_percent    NUMERIC(18,8)  NOT NULL,
    amount_before      NUMERIC(14,2)  NOT NULL,
    amount_after       NUMERIC(14,2)  NOT NULL,
    performed_by       VARCHAR(60)    NOT NULL,
    performed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revaluation_contract ON revaluation (contract_id);
CREATE INDEX revaluation_previous ON revaluation (previous_id);

CREATE TABLE inbox_message (
    id           BIGINT         NOT NULL PRIMARY KEY,
    recipient    VARCHAR(60)    NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    contract_id  BIGINT         REFERENCES contract (id),
    subject      VARCHAR(300)   NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX inbox_message_recipient ON inbox_message (recipient, id);

-- A warning goes out once per contract term, kind and threshold, whatever runs again.
CREATE TABLE warning_sent (
    id              BIGINT       NOT NULL PRIMARY KEY,
    contract_id     BIGINT       NOT NULL REFERENCES contract (id),
    kind            VARCHAR(20)  NOT NULL,
    threshold_days  INTEGER      NOT NULL,
    sent_on         DATE         NOT NULL,
    recipients      VARCHAR(2000) NOT NULL,
    CONSTRAINT warning_sent_once UNIQUE (contract_id, kind, threshold_days)
);

CREATE TABLE inbound_invoice (
    id            BIGINT        NOT NULL PRIMARY KEY,
    number        VARCHAR(40)   NOT NULL,
    customer_id   BIGINT        NOT NULL REFERENCES customer (id),
    invoice_date  DATE          NOT NULL,
    source        VARCHAR(200)  NOT NULL,
    received_by   VARCHAR(60)   NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    equipment_count  INTEGER    NOT NULL,
    warranty_count   INTEGER    NOT NULL,
    CONSTRAINT inbound_invoice_number UNIQUE (number)
);
ALTER TABLE contract ADD COLUMN invoice_id BIGINT REFERENCES inbound_invoice (id);
CREATE INDEX contract_invoice ON contract (invoice_id);

-- Reference data: ISTAT FOI "senza tabacchi" as published (base 2015=100 from January 2016,
-- coefficient 1.071 to base 2010). Negative ids keep clear of the entity sequence. Later
-- months, and a new base once ISTAT confirms it, are entered or imported by the back office.
INSERT INTO price_index (id, version, code, name, variation_decimals)
    VALUES (-1, 1, 'FOI', 'ISTAT FOI senza tabacchi', 1);
INSERT INTO index_base (price_index_id, label, from_month, link_coefficient) VALUES
    (-1, '2010=100', DATE '2011-01-01', NULL),
    (-1, '2015=100', DATE '2016-01-01', 1.071);
INSERT INTO index_value (id, price_index_id, value_month, index_value, provisional) VALUES
    (-100, -1, DATE '2022-01-01', 107.7, FALSE),
    (-101, -1, DATE '2022-02-01', 108.8, FALSE),
    (-102, -1, DATE '2022-03-01', 109.9, FALSE),
    (-103, -1, DATE '2022-04-01', 109.7, FALSE),
    (-104, -1, DATE '2022-05-01', 110.6, FALSE),
    (-105, -1, DATE '2022-06-01', 111.9, FALSE),
    (-106, -1, DATE '2022-07-01', 112.3, FALSE),
    (-107, -1, DATE '2022-08-01', 113.2, FALSE),
    (-108, -1, DATE '2022-09-01', 113.5, FALSE),
    (-109, -1, DATE '2022-10-01', 117.2, FALSE),
    (-110, -1, DATE '2022-11-01', 117.9, FALSE),
    (-111, -1, DATE '2022-12-01', 118.2, FALSE),
    (-112, -1, DATE '2023-01-01', 118.3, FALSE),
    (-113, -1, DATE '2023-02-01', 118.5, FALSE),
    (-114, -1, DATE '2023-09-01', 119.3, FALSE),
    (-115, -1, DATE '2023-10-01', 119.2, FALSE),
    (-116, -1, DATE '2024-05-01', 119.5, FALSE),
    (-117, -1, DATE '2024-06-01', 119.5, FALSE),
    (-118, -1, DATE '2024-08-01', 120.1, FALSE),
    (-119, -1, DATE '2024-09-01', 120.0, FALSE),
    (-120, -1, DATE '2024-10-01', 120.1, FALSE),
    (-121, -1, DATE '2024-11-01', 120.1, FALSE),
    (-122, -1, DATE '2024-12-01', 120.2, FALSE);
