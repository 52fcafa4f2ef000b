-- A template that documents were generated from is retired instead of deleted (C13): it is no
-- longer offered for new documents, and its revisions stay for the documents that name them.
ALTER TABLE contract_template ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;

-- An index clause measures the variation over the twelve months before each revaluation
-- (YEARLY) or once per term over the whole term (OVER_TERM, e.g. ISTAT's biennial variation);
-- clauses written before this change are yearly (C6).
ALTER TABLE contract ADD COLUMN reval_interval VARCHAR(10);
