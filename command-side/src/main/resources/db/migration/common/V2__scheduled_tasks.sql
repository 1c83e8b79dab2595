-- db-scheduler's table (version 16), which Axon's DbSchedulerDeadlineManager fills with the deadlines a cooperation
-- sets itself: one row per pending deadline, written in the same transaction as the events that set it, so that a
-- deadline survives restarts and is never set by a command that was rolled back.
-- One script for PostgreSQL and H2 (which reads BYTEA as VARBINARY): task_data is bytea, never a large object,
-- and times carry their zone.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(255)             NOT NULL,
    task_instance        VARCHAR(255)             NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(255),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

-- the scheduler polls for due executions and, on every instance, looks for executions whose instance died
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
