-- Each completed stage stay carries its length in business days and in recorded days (InspectionFile.StageStay), so
-- that the compliance figures count stays per stage and length in the database instead of reading every stay and
-- converting its times: the whole country's figures read a few thousand rows rather than every stay of every
-- cooperation. As V9 did, the table is made anew and the inspection read model replayed: the cooperation projection's
-- tokens are dropped, so its processor starts again from the first event; the cooperation read model skips every
-- event it holds already (its version check), the inspection read model, empty, takes them all. The same script runs
-- on PostgreSQL and on H2.
DROP TABLE query.inspection_stage_stay;
DELETE FROM query.inspection_decision;
DELETE FROM query.inspection_flag;
DELETE FROM query.inspection_file;

-- The stays in each stage; left_at, left_on, days and recorded_days NULL while the cooperation is there.
CREATE TABLE query.inspection_stage_stay (
    cooperation_id   VARCHAR(36)   NOT NULL,
    entered_sequence BIGINT        NOT NULL,
    stage            VARCHAR(32)   NOT NULL,
    entered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    entered_on       DATE          NOT NULL,
    left_at          TIMESTAMP WITH TIME ZONE,
    left_on          DATE,
    days             INTEGER,
    recorded_days    INTEGER,
    PRIMARY KEY (cooperation_id, entered_sequence)
);

DELETE FROM query.token_entry WHERE processor_name = 'cooperation-projection';
