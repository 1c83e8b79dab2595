-- Signed checkpoints of the audit chain (docs/AUDIT-CHAIN.md). Their own schema, because unlike the read models
-- in "query" they cannot be rebuilt from the events: back them up, publish them, and never reset them.
CREATE SCHEMA IF NOT EXISTS audit;

-- One row per checkpoint, as signed. The number is the previous one plus one, so two signers racing collide on
-- the primary key instead of both signing.
CREATE TABLE audit.signed_checkpoint (
    checkpoint_number BIGINT      PRIMARY KEY,
    created_at        VARCHAR(40) NOT NULL,
    tree_size         BIGINT      NOT NULL,
    root_hash         BYTEA       NOT NULL,
    key_id            VARCHAR(64) NOT NULL,
    signature         BYTEA       NOT NULL
);

-- The chain heads a checkpoint signed, recorded only where a head changed since the checkpoint before, so the
-- table grows with the events, not with cooperations times checkpoints. The leaves of checkpoint n are, for each
-- cooperation, its row with the highest checkpoint number up to n.
CREATE TABLE audit.checkpoint_head (
    aggregate_identifier VARCHAR(255) NOT NULL,
    checkpoint_number    BIGINT       NOT NULL REFERENCES audit.signed_checkpoint (checkpoint_number),
    sequence_number      BIGINT       NOT NULL,
    hash                 BYTEA        NOT NULL,
    PRIMARY KEY (aggregate_identifier, checkpoint_number)
);
