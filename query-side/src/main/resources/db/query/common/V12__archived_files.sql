-- The documents whose file is in the archive, derived from each cooperation's detail (ArchivedFileTable): what the
-- re-hash of the archive walks, so that a changed or missing file is located by cooperation and document.
CREATE TABLE query.archived_file (
    cooperation_id VARCHAR(36) NOT NULL,
    document_id    VARCHAR(36) NOT NULL,
    sha256         CHAR(64)    NOT NULL,
    size           BIGINT      NOT NULL,
    PRIMARY KEY (cooperation_id, document_id)
);
CREATE INDEX archived_file_by_sha256 ON query.archived_file (sha256);
