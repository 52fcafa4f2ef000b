-- One attachment service for contracts, equipment and plants (issue 20, E3). Files people attach
-- move from contract_file, which keeps the documents generated from templates; their bytes stay
-- where they are (file_content) and their ids stay the same, so links to them keep working.
-- Images get a thumbnail from now on; files attached before have none.

CREATE TABLE attachment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    owner_kind     VARCHAR(20)   NOT NULL,
    owner_id       BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL REFERENCES customer (id),
    file_name      VARCHAR(120)  NOT NULL,
    media_type     VARCHAR(60)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    caption        VARCHAR(200),
    created_by     VARCHAR(60)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_id     BIGINT        NOT NULL REFERENCES file_content (id),
    thumbnail_id   BIGINT        REFERENCES file_content (id),
    has_thumbnail  BOOLEAN       NOT NULL
);
CREATE INDEX attachment_owner ON attachment (owner_kind, owner_id, created_at);

INSERT INTO attachment (id, owner_kind, owner_id, customer_id, file_name, media_type, size_bytes, sha256,
                        caption, created_by, created_at, content_id, thumbnail_id, has_thumbnail)
SELECT f.id, 'CONTRACT', f.contract_id, c.customer_id, f.file_name, f.media_type, f.size_bytes, f.sha256,
       NULL, f.created_by, f.created_at, f.content_id, NULL, FALSE
  FROM contract_file f JOIN contract c ON c.id = f.contract_id
 WHERE f.kind = 'ATTACHMENT';

DELETE FROM contract_file WHERE kind = 'ATTACHMENT';
