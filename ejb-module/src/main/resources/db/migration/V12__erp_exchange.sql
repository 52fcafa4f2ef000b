-- The ERP exchange (X1-X4). Every run of a flow is logged with its counts; every record the ERP
-- sent that could not be applied is kept as a dead letter with its reason and original payload,
-- until someone corrects and replays it or discards it.
CREATE TABLE erp_exchange (
    id          BIGINT        NOT NULL PRIMARY KEY,
    flow        VARCHAR(30)   NOT NULL,
    direction   VARCHAR(8)    NOT NULL,
    transport   VARCHAR(12)   NOT NULL,
    source      VARCHAR(400),
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE,
    outcome     VARCHAR(10)   NOT NULL,
    received    INTEGER       NOT NULL DEFAULT 0,
    applied     INTEGER       NOT NULL DEFAULT 0,
    unchanged   INTEGER       NOT NULL DEFAULT 0,
    rejected    INTEGER       NOT NULL DEFAULT 0,
    duplicate   INTEGER       NOT NULL DEFAULT 0,
    error       VARCHAR(4000)
);
CREATE INDEX erp_exchange_started ON erp_exchange (started_at DESC, id DESC);
CREATE INDEX erp_exchange_flow ON erp_exchange (flow, started_at DESC);

CREATE TABLE erp_dead_letter (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    exchange_id  BIGINT        NOT NULL REFERENCES erp_exchange (id),
    flow         VARCHAR(30)   NOT NULL,
    record_key   VARCHAR(200),
    line_number  BIGINT,
    reason       VARCHAR(4000) NOT NULL,
    payload      VARCHAR(100000) NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    resolved_by  VARCHAR(60)
);
CREATE INDEX erp_dead_letter_open ON erp_dead_letter (status, id DESC);
CREATE INDEX erp_dead_letter_exchange ON erp_dead_letter (exchange_id);

-- Camel's JDBC idempotent repositories (camel-sql), created here rather than by Camel so that
-- the schema has one owner: which files and messages each consumer has taken (the key is a
-- content hash or the ERP's document key), and the read locks of files being taken.
CREATE TABLE camel_messageprocessed (
    processorname  VARCHAR(255)  NOT NULL,
    messageid      VARCHAR(100)  NOT NULL,
    createdat      TIMESTAMP     NOT NULL,
    PRIMARY KEY (processorname, messageid)
);

-- Delivery of the outbox: an attempt count and the time of the next one (exponential back-off
-- while the ERP is unreachable), the ERP's acknowledgement, and the invoice it made (C12).
ALTER TABLE outbox_message ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox_message ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_message ADD COLUMN last_error VARCHAR(2000);
ALTER TABLE outbox_message ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_message ADD COLUMN erp_document VARCHAR(60);
ALTER TABLE outbox_message ADD COLUMN erp_invoice_number VARCHAR(40);
ALTER TABLE outbox_message ADD COLUMN erp_invoice_date DATE;
ALTER TABLE outbox_message ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
DROP INDEX outbox_message_status;
CREATE INDEX outbox_message_due ON outbox_message (status, message_type, next_attempt_at, id);

-- A flow the ERP refused to let in (HTTP 401) stops calling it until a person resumes it: the ERP
-- locks a user after a few failed logins, so an unattended retry would lock Assisto out.
CREATE TABLE erp_flow_pause (
    flow       VARCHAR(30)   NOT NULL PRIMARY KEY,
    reason     VARCHAR(2000) NOT NULL,
    paused_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
