-- The archive of document files (DocumentFiles): content-addressed by SHA-256, so the same bytes are stored once
-- however many documents record them, and streamed in chunks of at most 1 MiB so that no file is ever held whole in
-- memory. The command side writes, the query side reads, as with the event store. Chunks are written under a key of
-- their own before the file's hash is known; a file exists once its row names them. Nothing deletes a file row.
-- One script for PostgreSQL and H2 (which reads BYTEA as VARBINARY).
CREATE TABLE document_file (
    sha256      CHAR(64)                 NOT NULL PRIMARY KEY,
    size        BIGINT                   NOT NULL,
    chunk_key   VARCHAR(36)              NOT NULL UNIQUE,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document_file_chunk (
    chunk_key    VARCHAR(36) NOT NULL,
    chunk_number INT         NOT NULL,
    content      BYTEA       NOT NULL,
    PRIMARY KEY (chunk_key, chunk_number)
);
