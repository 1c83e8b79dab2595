-- Axon's JDBC tables as its PostgresEventTableFactory makes them (BIGSERIAL global index, bytea payloads), under
-- Axon's default names, which the command side's tables in the same database do not share.
CREATE TABLE IF NOT EXISTS domainevententry (
    globalIndex        BIGSERIAL    NOT NULL,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber     BIGINT       NOT NULL,
    type               VARCHAR(255),
    eventIdentifier    VARCHAR(255) NOT NULL,
    metaData           BYTEA,
    payload            BYTEA        NOT NULL,
    payloadRevision    VARCHAR(255),
    payloadType        VARCHAR(255) NOT NULL,
    timeStamp          VARCHAR(255) NOT NULL,
    PRIMARY KEY (globalIndex),
    UNIQUE (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier)
);
CREATE TABLE IF NOT EXISTS snapshotevententry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber     BIGINT       NOT NULL,
    type               VARCHAR(255) NOT NULL,
    eventIdentifier    VARCHAR(255) NOT NULL,
    metaData           BYTEA,
    payload            BYTEA        NOT NULL,
    payloadRevision    VARCHAR(255),
    payloadType        VARCHAR(255) NOT NULL,
    timeStamp          VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier)
);
CREATE TABLE IF NOT EXISTS tokenentry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);
