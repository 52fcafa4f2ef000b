-- One row per nightly job and day it ran for. The key is the claim: an instance inserts the row
-- before running, so a timer and a catch-up at start, or two instances starting together, run a
-- day's job once; the last day recorded tells a starting server which run it missed.
CREATE TABLE scheduled_job_run (
    job          VARCHAR(20)   NOT NULL,
    run_date     DATE          NOT NULL,
    run_trigger  VARCHAR(10)   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (job, run_date)
);
