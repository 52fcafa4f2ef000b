-- A template that documents were generated from is retired instead of deleted (C13): it is no
-- longer offered for new documents, and its revisions stay for the documents that name them.
ALTER TABLE contract_template ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
