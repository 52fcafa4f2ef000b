-- Ids come in blocks of 500 instead of 50: a renewal run writes about ten rows per contract, and
-- at 50 per block it spent a database round trip on the sequence every five contracts. The block
-- size must match BaseEntity's allocationSize: EclipseLink takes the block ending at the value
-- the sequence returns, and refuses a value below the block size. So one value is drawn here:
-- on a new database that is the start value (50), and the first block then ends at 550; on a
-- database in use it skips one block, and no id is ever given twice.
ALTER SEQUENCE entity_seq INCREMENT BY 500;
SELECT nextval('entity_seq');
