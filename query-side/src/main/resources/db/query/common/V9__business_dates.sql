-- Decisions and stage stays carry the day they happened (the signing, the letter, the decision: BusinessDates) beside
-- the moment they were recorded, and the reports count and measure on that day: an agreement signed in April and
-- imported in December was signed in April. Both tables are made anew with their new columns; the inspection read
-- model is emptied and replayed, as V4 filled it: the cooperation projection's tokens are dropped, so its processor
-- starts again from the first event; the cooperation read model skips every event it holds already (its version
-- check), the inspection read model, empty, takes them all. The same script runs on PostgreSQL and on H2.
DROP TABLE query.inspection_stage_stay;
DROP TABLE query.inspection_decision;
DELETE FROM query.inspection_flag;
DELETE FROM query.inspection_file;

-- The stays in each stage, for the median days per stage; left_at and left_on NULL while the cooperation is there.
CREATE TABLE query.inspection_stage_stay (
    cooperation_id   VARCHAR(36)   NOT NULL,
    entered_sequence BIGINT        NOT NULL,
    stage            VARCHAR(32)   NOT NULL,
    entered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    entered_on       DATE          NOT NULL,
    left_at          TIMESTAMP WITH TIME ZONE,
    left_on          DATE,
    PRIMARY KEY (cooperation_id, entered_sequence)
);

-- Who did what: every decision (InspectionFold.DECISIONS), the day it was made and the moment it was recorded, with
-- its actor as the event's metadata names them.
CREATE TABLE query.inspection_decision (
    cooperation_id   VARCHAR(36)   NOT NULL,
    sequence_number  BIGINT        NOT NULL,
    decided_on       DATE          NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type       VARCHAR(100)  NOT NULL,
    outcome          VARCHAR       NOT NULL,
    actor_id         VARCHAR,
    actor_name       VARCHAR,
    actor_role       VARCHAR(40),
    actor_region     VARCHAR(8),
    summary_id       VARCHAR       NOT NULL,
    summary_en       VARCHAR       NOT NULL,
    PRIMARY KEY (cooperation_id, sequence_number)
);
CREATE INDEX inspection_decision_actor ON query.inspection_decision (actor_id, decided_on);
CREATE INDEX inspection_decision_unit ON query.inspection_decision (actor_region, decided_on);

DELETE FROM query.token_entry WHERE processor_name = 'cooperation-projection';
