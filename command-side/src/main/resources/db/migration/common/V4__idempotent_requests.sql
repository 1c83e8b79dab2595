-- The answers to commands sent with an Idempotency-Key, so that a retry with the same key and request gets the
-- original answer instead of running the command again. The primary key is the guard: a request inserts its row
-- first, in the transaction of the command it runs, so a concurrent duplicate waits for it and then finds its answer.
-- Only accepted commands leave a row (a refused one stores nothing). Rows expire after kerjasama.idempotency.retention.
-- One script for PostgreSQL and H2 (which reads BYTEA as VARBINARY).
CREATE TABLE idempotent_request (
    caller          VARCHAR(255)             NOT NULL,
    idempotency_key VARCHAR(100)             NOT NULL,
    -- SHA-256 of the method, path and body: a key reused for another request is refused
    fingerprint     CHAR(64)                 NOT NULL,
    status          INT,
    content_type    VARCHAR(255),
    location        VARCHAR(2000),
    etag            VARCHAR(100),
    body            BYTEA,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotent_request_expires_at ON idempotent_request (expires_at);
