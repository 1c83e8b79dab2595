-- Which cooperation and which deadline name each pending deadline of scheduled_tasks belongs to, so that cancelling
-- a cooperation's deadline by name reads its own rows by key instead of every pending deadline of every cooperation
-- (what db-scheduler's table alone allows: the scope and the name are inside the serialized task_data).
-- A row is written in the transaction that schedules the deadline and goes with its task: when db-scheduler deletes
-- a deadline that ran or was cancelled, the database deletes the row.
-- Deadlines scheduled before this table existed have no row: they cannot be cancelled by name, and when they fire,
-- the cooperation finds that what they watched is no longer awaited and does nothing.
-- One script for PostgreSQL and H2.
CREATE TABLE deadline_scope (
    task_name     VARCHAR(255) NOT NULL,
    task_instance VARCHAR(255) NOT NULL,
    scope_type    VARCHAR(255) NOT NULL,
    scope_id      VARCHAR(255) NOT NULL,
    deadline_name VARCHAR(255) NOT NULL,
    PRIMARY KEY (task_name, task_instance),
    FOREIGN KEY (task_name, task_instance) REFERENCES scheduled_tasks (task_name, task_instance) ON DELETE CASCADE
);

CREATE INDEX deadline_scope_by_scope ON deadline_scope (scope_id, scope_type, deadline_name);
