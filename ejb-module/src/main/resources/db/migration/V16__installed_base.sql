-- The installed base (issue 20): user-defined equipment types with their custom-field schema and
-- meter counters, plants at service sites, components mounted on equipment, and the moves of
-- equipment between sites, plants and parents. Search keys and their indexes come in V17.

CREATE TABLE equipment_type (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL,
    code     VARCHAR(20)  NOT NULL,
    name     VARCHAR(120) NOT NULL,
    CONSTRAINT equipment_type_code UNIQUE (code)
);

-- The same shape as contract_type_field (V2, V11): one custom-field engine for both.
CREATE TABLE equipment_type_field (
    equipment_type_id  BIGINT        NOT NULL REFERENCES equipment_type (id),
    position           INTEGER       NOT NULL,
    field_key          VARCHAR(40)   NOT NULL,
    label              VARCHAR(120)  NOT NULL,
    label_en           VARCHAR(120),
    label_it           VARCHAR(120),
    kind               VARCHAR(10)   NOT NULL,
    required           BOOLEAN       NOT NULL,
    options            VARCHAR(2000),
    PRIMARY KEY (equipment_type_id, position)
);

CREATE TABLE equipment_type_counter (
    equipment_type_id  BIGINT        NOT NULL REFERENCES equipment_type (id),
    position           INTEGER       NOT NULL,
    counter_key        VARCHAR(40)   NOT NULL,
    label              VARCHAR(120)  NOT NULL,
    unit               VARCHAR(20),
    PRIMARY KEY (equipment_type_id, position)
);

CREATE TABLE plant (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    customer_id      BIGINT        NOT NULL REFERENCES customer (id),
    site_id          BIGINT        NOT NULL REFERENCES service_site (id),
    name             VARCHAR(200)  NOT NULL,
    description      VARCHAR(2000),
    location_detail  VARCHAR(200),
    commissioned_on  DATE,
    status           VARCHAR(20)   NOT NULL
);
CREATE INDEX plant_customer ON plant (customer_id, id);
CREATE INDEX plant_site ON plant (site_id, id);

ALTER TABLE equipment ADD COLUMN equipment_type_id BIGINT REFERENCES equipment_type (id);
ALTER TABLE equipment ADD COLUMN custom_fields VARCHAR(100000);
ALTER TABLE equipment ADD COLUMN plant_id BIGINT REFERENCES plant (id);
ALTER TABLE equipment ADD COLUMN parent_id BIGINT REFERENCES equipment (id);
ALTER TABLE equipment ADD COLUMN serial_key VARCHAR(60);
ALTER TABLE equipment ADD COLUMN manufacturer_serial_key VARCHAR(60);
CREATE INDEX equipment_site ON equipment (site_id, id);
CREATE INDEX equipment_plant ON equipment (plant_id, id);
CREATE INDEX equipment_parent ON equipment (parent_id, id);
CREATE INDEX equipment_type_list ON equipment (equipment_type_id, id);
CREATE INDEX equipment_status ON equipment (status, id);

CREATE TABLE equipment_move (
    id              BIGINT        NOT NULL PRIMARY KEY,
    equipment_id    BIGINT        NOT NULL REFERENCES equipment (id),
    moved_on        DATE          NOT NULL,
    from_site_id    BIGINT        REFERENCES service_site (id),
    to_site_id      BIGINT        REFERENCES service_site (id),
    from_plant_id   BIGINT        REFERENCES plant (id),
    to_plant_id     BIGINT        REFERENCES plant (id),
    from_parent_id  BIGINT        REFERENCES equipment (id),
    to_parent_id    BIGINT        REFERENCES equipment (id),
    moved_with_id   BIGINT        REFERENCES equipment (id),
    note            VARCHAR(500),
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX equipment_move_equipment ON equipment_move (equipment_id, moved_on);
