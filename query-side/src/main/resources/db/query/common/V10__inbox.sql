-- What a region must answer: every step waiting and every open flag of a cooperation, recomputed from its detail on
-- every change (InboxItems). The scope columns are the registry's, so that ReadScope's condition applies as it is.
CREATE TABLE query.inbox_item (
    cooperation_id      VARCHAR(36) NOT NULL,
    item_number         INTEGER     NOT NULL,
    title               VARCHAR     NOT NULL,
    stage               VARCHAR(32) NOT NULL,
    region_code         VARCHAR(8)  NOT NULL,
    province_code       VARCHAR(4)  NOT NULL,
    partner_region_code VARCHAR(8),
    unit                VARCHAR,
    liaison_officer     VARCHAR,
    kind                VARCHAR(40) NOT NULL,
    document_id         VARCHAR(36),
    about               VARCHAR,
    action_owner        VARCHAR,
    since               TIMESTAMP WITH TIME ZONE NOT NULL,
    last_day            DATE,
    PRIMARY KEY (cooperation_id, item_number)
);
CREATE INDEX inbox_item_by_region ON query.inbox_item (region_code, last_day, since);
CREATE INDEX inbox_item_by_partner_region ON query.inbox_item (partner_region_code);
CREATE INDEX inbox_item_by_province ON query.inbox_item (province_code);
