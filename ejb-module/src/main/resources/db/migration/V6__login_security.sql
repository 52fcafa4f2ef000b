-- Login throttling (issue 15): failed logins counted in a sliding window, and the latest success
-- of an account from an address (which keeps that address open for the account during account
-- and address lockouts). Kept in the database so every instance of a cluster counts alike.
CREATE TABLE login_attempt (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(200) NOT NULL,
    address       VARCHAR(64)  NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    succeeded     BOOLEAN      NOT NULL
);
CREATE INDEX login_attempt_user ON login_attempt (username, attempted_at);
CREATE INDEX login_attempt_address ON login_attempt (address, attempted_at);

-- Lockouts, kept after they end: who was locked out, from where, when, and who unlocked them.
CREATE TABLE login_lock (
    id            BIGINT       NOT NULL PRIMARY KEY,
    scope         VARCHAR(30)  NOT NULL,
    username      VARCHAR(200),
    address       VARCHAR(64),
    failures      INTEGER      NOT NULL,
    locked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    unlocked_at   TIMESTAMP WITH TIME ZONE,
    unlocked_by   VARCHAR(60)
);
CREATE INDEX login_lock_until ON login_lock (locked_until);
