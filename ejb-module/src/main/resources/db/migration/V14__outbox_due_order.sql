-- The due messages of a type are read oldest first, a run's batch at a time. With the attempt's
-- time between type and id in the index, PostgreSQL sorted every pending message of the type to
-- take the first 500; in (status, type, id) order it reads the first 500 and stops.
DROP INDEX outbox_message_due;
CREATE INDEX outbox_message_due ON outbox_message (status, message_type, id);
