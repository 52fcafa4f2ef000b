-- The server instance that carries a renewal run: at start-up an instance resumes only the runs it
-- was carrying, and a run whose instance died is taken over by another (RenewalRunWatch).
ALTER TABLE renewal_run ADD COLUMN runner VARCHAR(120);
