-- What the domain explains and keeps is stored as an encoded message (a bundle key and its
-- arguments, as compact JSON), put into words in each reader's language: how a renewal reached a
-- line's price, what a renewal run did with a contract, the subject and body of an inbox warning.
-- The encoding is longer than the English text it replaces, so these columns grow; rows written
-- before keep their text and read as written.
ALTER TABLE contract_line ALTER COLUMN renewal_basis SET DATA TYPE VARCHAR(4000);
ALTER TABLE renewal_outcome ALTER COLUMN message SET DATA TYPE VARCHAR(4000);
ALTER TABLE inbox_message ALTER COLUMN subject SET DATA TYPE VARCHAR(2000);
ALTER TABLE inbox_message ALTER COLUMN body SET DATA TYPE VARCHAR(100000);
