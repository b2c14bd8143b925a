-- Which node of the cluster started each night's scheduled run of a job: every node keeps the schedule, the first
-- to claim (job, night) starts it and the others, refused by the primary key, leave it.

CREATE TABLE nightly_run (
    job_name         VARCHAR(64)   NOT NULL,
    night            DATE          NOT NULL,
    node             VARCHAR(200)  NOT NULL,
    claimed_at       DATETIME(6)   NOT NULL,
    execution_id     BIGINT,
    CONSTRAINT pk_nightly_run PRIMARY KEY (job_name, night)
);
