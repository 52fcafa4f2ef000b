-- A custom field may have its own label in each console language (Italian, English) besides the
-- label every reader sees; empty, a reader of that language sees the default label. As wide as
-- the default label.
ALTER TABLE contract_type_field ADD COLUMN label_en VARCHAR(120);
ALTER TABLE contract_type_field ADD COLUMN label_it VARCHAR(120);
