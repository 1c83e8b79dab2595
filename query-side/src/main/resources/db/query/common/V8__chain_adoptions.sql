-- Adoptions of events stored before the audit chain (docs/AUDIT-CHAIN.md, "Adopting events stored before the
-- chain"): one row per cooperation and adoption, as signed. In schema "audit" with the checkpoints: not
-- rebuildable, back it up. The first adopted event's chain link follows the hash of its row, so a changed or
-- deleted row is found by every verification.
CREATE TABLE audit.chain_adoption (
    aggregate_identifier   VARCHAR(255)  NOT NULL,
    first_sequence         BIGINT        NOT NULL,
    last_sequence          BIGINT        NOT NULL,
    previous_hash          BYTEA         NOT NULL,
    adopted_at             VARCHAR(40)   NOT NULL,
    operator               VARCHAR       NOT NULL,
    reason                 VARCHAR       NOT NULL,
    checkpoint_before      BIGINT        NOT NULL REFERENCES audit.signed_checkpoint (checkpoint_number),
    checkpoint_before_root BYTEA         NOT NULL,
    key_id                 VARCHAR(64)   NOT NULL,
    signature              BYTEA         NOT NULL,
    PRIMARY KEY (aggregate_identifier, first_sequence)
);
