#!/usr/bin/env bash
# Fills an Assisto database (already migrated) with master data at scale, straight in SQL.
#   bench/generate-data.sh DATABASE CUSTOMERS
# Customers get codes B0000001…, spread over 40 cities (so a city filter returns about
# CUSTOMERS/40 rows), one service site and two contacts each. Ids come from the application's
# own sequence, so the application keeps inserting without collisions.
set -euo pipefail
db="${1:?usage: generate-data.sh DATABASE CUSTOMERS}"
customers="${2:?usage: generate-data.sh DATABASE CUSTOMERS}"

psql -q -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -v n="$customers" <<'SQL'
\timing on
CREATE TEMP TABLE city (n int PRIMARY KEY, name text, province text, cap text);
INSERT INTO city VALUES
  (0, 'Milano', 'MI', '20121'), (1, 'Torino', 'TO', '10121'), (2, 'Bergamo', 'BG', '24121'),
  (3, 'Brescia', 'BS', '25121'), (4, 'Verona', 'VR', '37121'), (5, 'Padova', 'PD', '35121'),
  (6, 'Bologna', 'BO', '40121'), (7, 'Firenze', 'FI', '50121'), (8, 'Roma', 'RM', '00184'),
  (9, 'Napoli', 'NA', '80121'), (10, 'Bari', 'BA', '70121'), (11, 'Monza', 'MB', '20900'),
  (12, 'Como', 'CO', '22100'), (13, 'Varese', 'VA', '21100'), (14, 'Treviso', 'TV', '31100'),
  (15, 'Modena', 'MO', '41121'), (16, 'Parma', 'PR', '43121'), (17, 'Genova', 'GE', '16121'),
  (18, 'Venezia', 'VE', '30121'), (19, 'Trento', 'TN', '38121'), (20, 'Bolzano', 'BZ', '39100'),
  (21, 'Udine', 'UD', '33100'), (22, 'Trieste', 'TS', '34121'), (23, 'Vicenza', 'VI', '36100'),
  (24, 'Reggio Emilia', 'RE', '42121'), (25, 'Piacenza', 'PC', '29121'), (26, 'Cremona', 'CR', '26100'),
  (27, 'Pavia', 'PV', '27100'), (28, 'Lecco', 'LC', '23900'), (29, 'Novara', 'NO', '28100'),
  (30, 'Alessandria', 'AL', '15121'), (31, 'Cuneo', 'CN', '12100'), (32, 'Rimini', 'RN', '47921'),
  (33, 'Ancona', 'AN', '60121'), (34, 'Perugia', 'PG', '06121'), (35, 'Pisa', 'PI', '56121'),
  (36, 'Livorno', 'LI', '57121'), (37, 'Pescara', 'PE', '65121'), (38, 'Salerno', 'SA', '84121'),
  (39, 'Lecce', 'LE', '73100');

INSERT INTO customer (id, version, code, name, name_key, vat_number, tax_code, legal_representative, street,
    postal_code, city, city_key, province, country, email, pec, sdi_code, payment_terms, tariff_id,
    open_items, overdue_amount, credit_blocked, credit_updated_on)
SELECT nextval('entity_seq'), 1, 'B' || lpad(g::text, 7, '0'),
       'Cliente ' || g || ' S.r.l.', 'cliente ' || g || ' s.r.l.',
       lpad((20000000000 + g)::text, 11, '0'), lpad((20000000000 + g)::text, 11, '0'), 'Legale ' || g,
       'Via Roma ' || (g % 200 + 1), city.cap, city.name, lower(city.name), city.province, 'IT',
       'cliente' || g || '@example.it', NULL, '0000000', 'RB30',
       (SELECT id FROM tariff ORDER BY code LIMIT 1),
       (g % 5000)::numeric, CASE WHEN g % 7 = 0 THEN (g % 900)::numeric ELSE 0 END, g % 97 = 0, current_date
FROM generate_series(1, :n) g JOIN city ON city.n = g % 40;

INSERT INTO service_site (id, customer_id, name, street, postal_code, city, province, country, distance_km)
SELECT nextval('entity_seq'), c.id, 'Sede legale', c.street, c.postal_code, c.city, c.province, 'IT', (c.id % 800) / 10.0
FROM customer c WHERE c.code LIKE 'B%';

INSERT INTO contact (id, customer_id, name, role, phone, email)
SELECT nextval('entity_seq'), c.id, c.legal_representative, 'Legale rappresentante', '+39 02 0000000', c.email
FROM customer c WHERE c.code LIKE 'B%';
INSERT INTO contact (id, customer_id, name, role, phone, email)
SELECT nextval('entity_seq'), c.id, 'Ufficio amministrazione', 'Amministrazione', '+39 02 1111111', 'amm.' || c.email
FROM customer c WHERE c.code LIKE 'B%';

ANALYZE customer; ANALYZE service_site; ANALYZE contact;
SELECT count(*) AS customers FROM customer;
SQL
