-- Terms longer than a year are revalued by their index clause at each anniversary (C6).
-- next_anniversary: the next one still to apply; term_index_factor: how far the anniversaries
-- moved the term's prices (1 at the start of a term); index_surcharge: what they added to the
-- term's value on top of its lines. Contracts written before this change get their next
-- anniversary when their clause is next saved or at their next renewal.
ALTER TABLE contract ADD COLUMN next_anniversary DATE;
ALTER TABLE contract ADD COLUMN term_index_factor NUMERIC(20,12) DEFAULT 1 NOT NULL;
ALTER TABLE contract ADD COLUMN index_surcharge NUMERIC(14,2) DEFAULT 0 NOT NULL;
CREATE INDEX contract_next_anniversary ON contract (next_anniversary, id);

ALTER TABLE renewal_run ADD COLUMN revalued INTEGER DEFAULT 0 NOT NULL;
