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
INSERT INTO city SELECT ord - 1, c[1], c[2], c[3] FROM unnest(ARRAY[
  ARRAY['Milano','MI','20121'], ARRAY['Torino','TO','10121'], ARRAY['Bergamo','BG','24121'], ARRAY['Brescia','BS','25121'],
  ARRAY['Verona','VR','37121'], ARRAY['Padova','PD','35121'], ARRAY['Bologna','BO','40121'], ARRAY['Firenze','FI','50121'],
  ARRAY['Roma','RM','00184'], ARRAY['Napoli','NA','80121'], ARRAY['Bari','BA','70121'], ARRAY['Monza','MB','20900'],
  ARRAY['Como','CO','22100'], ARRAY['Varese','VA','21100'], ARRAY['Treviso','TV','31100'], ARRAY['Modena','MO','41121'],
  ARRAY['Parma','PR','43121'], ARRAY['Genova','GE','16121'], ARRAY['Venezia','VE','30121'], ARRAY['Trento','TN','38121'],
  ARRAY['Bolzano','BZ','39100'], ARRAY['Udine','UD','33100'], ARRAY['Trieste','TS','34121'], ARRAY['Vicenza','VI','36100'],
  ARRAY['Reggio Emilia','RE','42121'], ARRAY['Piacenza','PC','29121'], ARRAY['Cremona','CR','26100'], ARRAY['Pavia','PV','27100'],
  ARRAY['Lecco','LC','23900'], ARRAY['Novara','NO','28100'], ARRAY['Alessandria','AL','15121'], ARRAY['Cuneo','CN','12100'],
  ARRAY['Rimini','RN','47921'], ARRAY['Ancona','AN','60121'], ARRAY['Perugia','PG','06121'], ARRAY['Pisa','PI','56121'],
  ARRAY['Livorno','LI','57121'], ARRAY['Pescara','PE','65121'], ARRAY['Salerno','SA','84121'], ARRAY['Lecce','LE','73100']
]) WITH ORDINALITY AS t(c, ord);

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
