-- The hash chain of every cooperation (docs/AUDIT-CHAIN.md): one row per event, written in the same transaction as
-- the event by ChainingEventStorageEngine, holding the hash of the event as stored and the hash it follows.
-- Deliberately no foreign key to domain_event_entry: a link must outlive a deleted event to show it is missing.
-- The query side reads this table to verify histories and to sign checkpoints; nothing ever updates a row.
CREATE TABLE event_chain (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    previous_hash        BYTEA        NOT NULL,
    hash                 BYTEA        NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);
