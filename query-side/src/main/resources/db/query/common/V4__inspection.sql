-- Read models of the inspectors' reports (README "Inspectors' reports"), fed by InspectionProjection in the same
-- processing group, and so the same transaction, as the cooperation read model. Rebuildable like every table here.
-- The same script runs on PostgreSQL and on H2.

-- One row per cooperation: what the reports filter and count on, and the whole InspectionFile as JSON.
CREATE TABLE query.inspection_file (
    cooperation_id       VARCHAR(36)   PRIMARY KEY,
    version              BIGINT        NOT NULL,
    type                 VARCHAR(32)   NOT NULL,
    stage                VARCHAR(32)   NOT NULL,
    title                VARCHAR(4000) NOT NULL,
    reported_label       VARCHAR(4000),
    region_code          VARCHAR(8)    NOT NULL,
    province_code        VARCHAR(4)    NOT NULL,
    partner_region_code  VARCHAR(8),
    partner_kind         VARCHAR(40)   NOT NULL,
    signed_on            DATE,
    term_end             DATE,
    initiated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at             TIMESTAMP WITH TIME ZONE,
    evaluations_met      INTEGER       NOT NULL,
    evaluations_missed   INTEGER       NOT NULL,
    dormant              BOOLEAN       NOT NULL,
    open_flags           INTEGER       NOT NULL,
    open_findings        INTEGER       NOT NULL,
    -- the kinds of label mismatch (LabelRules), comma-separated; NULL when there is none
    label_mismatches     VARCHAR(200),
    state                TEXT          NOT NULL
);
CREATE INDEX inspection_file_region ON query.inspection_file (region_code);
CREATE INDEX inspection_file_province ON query.inspection_file (province_code);
CREATE INDEX inspection_file_partner_region ON query.inspection_file (partner_region_code);

-- Every flag the system raised, open (closed_at NULL) or closed by its answer or the end of the cooperation.
CREATE TABLE query.inspection_flag (
    cooperation_id   VARCHAR(36)   NOT NULL,
    raised_sequence  BIGINT        NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    about            VARCHAR(4000),
    owner            VARCHAR(4000),
    since            DATE          NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        VARCHAR(255),
    PRIMARY KEY (cooperation_id, raised_sequence)
);
CREATE INDEX inspection_flag_open ON query.inspection_flag (closed_at, since);

-- The stays in each stage, for the median days per stage; left_at NULL while the cooperation is still there.
CREATE TABLE query.inspection_stage_stay (
    cooperation_id   VARCHAR(36)   NOT NULL,
    entered_sequence BIGINT        NOT NULL,
    stage            VARCHAR(32)   NOT NULL,
    entered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at          TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (cooperation_id, entered_sequence)
);

-- Who did what: every decision (InspectionFold.DECISIONS) with its actor as the event's metadata names them.
CREATE TABLE query.inspection_decision (
    cooperation_id   VARCHAR(36)   NOT NULL,
    sequence_number  BIGINT        NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type       VARCHAR(100)  NOT NULL,
    outcome          VARCHAR(100)  NOT NULL,
    actor_id         VARCHAR(255),
    actor_name       VARCHAR(4000),
    actor_role       VARCHAR(40),
    actor_region     VARCHAR(8),
    summary_id       VARCHAR(8000) NOT NULL,
    summary_en       VARCHAR(8000) NOT NULL,
    PRIMARY KEY (cooperation_id, sequence_number)
);
CREATE INDEX inspection_decision_actor ON query.inspection_decision (actor_id, decided_at);
CREATE INDEX inspection_decision_unit ON query.inspection_decision (actor_region, decided_at);

-- A store that already has events gets these tables filled by replaying it: the cooperation projection's tokens
-- are dropped, so its processor starts again from the first event. The cooperation read model skips every event
-- it holds already (its version check); the inspection read model takes them all. A fresh store has no tokens yet.
DELETE FROM query.token_entry WHERE processor_name = 'cooperation-projection';
