-- The ERP's schedule of receivables (X1, M1): each instalment of an invoice to a customer as the
-- ERP last reported it, keyed as the ERP keys it. The customer's credit status is worked out from
-- these. Same SQL subset as V1: it runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE open_item (
    id             BIGINT        NOT NULL PRIMARY KEY,
    customer_id    BIGINT        NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    document_date  DATE          NOT NULL,
    series         VARCHAR(10)   NOT NULL,
    number         VARCHAR(20)   NOT NULL,
    instalment     INTEGER       NOT NULL,
    due_date       DATE          NOT NULL,
    amount         NUMERIC(14,2) NOT NULL,
    state          VARCHAR(8)    NOT NULL,
    reported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT open_item_key UNIQUE (customer_id, document_date, series, number, instalment)
);

-- How far each flow polled from the ERP's WebAPI has been read: the next poll asks for what
-- changed since that day (the WebAPI's ?dal=, inclusive, so a day is read again rather than lost).
CREATE TABLE erp_poll_watermark (
    flow       VARCHAR(30) NOT NULL PRIMARY KEY,
    since      DATE        NOT NULL,
    polled_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The invoice the ERP made of an instalment (C12), from the flow of invoicing results.
ALTER TABLE instalment ADD COLUMN erp_invoice_number VARCHAR(40);
ALTER TABLE instalment ADD COLUMN erp_invoice_date DATE;

-- Supplier costs from the ERP (X1, feeding R1): each line of a supplier's invoice assigned to a
-- contract or a piece of equipment (and, later, an intervention), keyed as the ERP keys it.
CREATE TABLE supplier_cost (
    id             BIGINT        NOT NULL PRIMARY KEY,
    supplier_code  VARCHAR(30)   NOT NULL,
    document       VARCHAR(30)   NOT NULL,
    document_date  DATE          NOT NULL,
    line_number    INTEGER       NOT NULL,
    description    VARCHAR(200),
    amount         NUMERIC(14,2) NOT NULL,
    contract_id    BIGINT        REFERENCES contract (id) ON DELETE SET NULL,
    equipment_id   BIGINT        REFERENCES equipment (id) ON DELETE SET NULL,
    reported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_cost_key UNIQUE (supplier_code, document, document_date, line_number)
);
CREATE INDEX supplier_cost_contract ON supplier_cost (contract_id);
CREATE INDEX supplier_cost_equipment ON supplier_cost (equipment_id);
