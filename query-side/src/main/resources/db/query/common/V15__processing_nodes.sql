-- The query-side instances working on this database, each with the last time (epoch milliseconds) it said it is
-- alive: an instance that holds more than its share of a processor's segments releases one for the others
-- (SegmentBalancer). Rows of instances gone for long are deleted by the others.
CREATE TABLE query.processing_node (
    node_id   VARCHAR PRIMARY KEY,
    last_seen BIGINT  NOT NULL
);
