-- Read models of the query side, in their own schema. Rebuildable from the event store at any time: nothing
-- here is a source of truth. The same script runs on PostgreSQL and on H2.
CREATE SCHEMA IF NOT EXISTS query;

-- Axon's JdbcTokenStore (TokenSchema in QueryAxonConfiguration): bytea, never large objects.
CREATE TABLE query.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- One row per cooperation: the registry's columns, and the whole detail as JSON.
CREATE TABLE query.cooperation (
    id                  VARCHAR(36)   PRIMARY KEY,
    version             BIGINT        NOT NULL,
    type                VARCHAR(32)   NOT NULL,
    stage               VARCHAR(32)   NOT NULL,
    title               VARCHAR(4000) NOT NULL,
    reported_label      VARCHAR(4000),
    region_code         VARCHAR(8)    NOT NULL,
    province_code       VARCHAR(4)    NOT NULL,
    partner_name        VARCHAR(4000) NOT NULL,
    partner_key         VARCHAR(400)  NOT NULL,
    partner_kind        VARCHAR(40)   NOT NULL,
    partner_region_code VARCHAR(8),
    signed_on           DATE,
    term_end            DATE,
    search_text         VARCHAR(8200) NOT NULL,
    initiated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    detail              TEXT          NOT NULL
);
CREATE INDEX cooperation_region_stage ON query.cooperation (region_code, stage, updated_at);
CREATE INDEX cooperation_partner_region ON query.cooperation (partner_region_code);
CREATE INDEX cooperation_province ON query.cooperation (province_code);
CREATE INDEX cooperation_type_stage ON query.cooperation (type, stage);
CREATE INDEX cooperation_stage ON query.cooperation (stage, updated_at);
CREATE INDEX cooperation_partner ON query.cooperation (partner_key);
CREATE INDEX cooperation_signed_on ON query.cooperation (signed_on);
CREATE INDEX cooperation_term_end ON query.cooperation (term_end);
CREATE INDEX cooperation_updated ON query.cooperation (updated_at);

CREATE TABLE query.cooperation_affair (
    cooperation_id VARCHAR(36) NOT NULL,
    affair         VARCHAR(64) NOT NULL,
    PRIMARY KEY (cooperation_id, affair)
);
CREATE INDEX cooperation_affair_by_affair ON query.cooperation_affair (affair, cooperation_id);

-- What waits for whom: the frontend's work queues, recomputed from the detail on every change.
CREATE TABLE query.work_item (
    cooperation_id VARCHAR(36)   NOT NULL,
    queue          VARCHAR(40)   NOT NULL,
    document_id    VARCHAR(36)   NOT NULL,
    region_code    VARCHAR(8)    NOT NULL,
    title          VARCHAR(4000) NOT NULL,
    since          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cooperation_id, queue, document_id)
);
CREATE INDEX work_item_by_region ON query.work_item (region_code, queue, since);
