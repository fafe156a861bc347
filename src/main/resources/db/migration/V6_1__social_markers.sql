-- Friends, subscriptions and mental care (V6_x).

-- One row per user and report period: the scheduler's idempotency marker. Inserting it (on conflict do
-- nothing) decides which scheduler run enqueues the report job; notified_at decides who notifies.
create table mental_report_runs (
    user_id      bigint      not null references users (id) on delete cascade,
    report_type  varchar(10) not null, -- weekly | monthly
    period_start date        not null,
    job_id       bigint,
    notified_at  timestamptz,
    created_at   timestamptz not null default now(),
    primary key (user_id, report_type, period_start)
);

-- One row per user and local day on which a diary reminder was due.
create table diary_reminder_runs (
    user_id       bigint      not null references users (id) on delete cascade,
    reminder_date date        not null,
    job_id        bigint,
    notified_at   timestamptz,
    created_at    timestamptz not null default now(),
    primary key (user_id, reminder_date)
);

create index friendships_requester_idx on friendships (requester_id, status);
create index mental_analyses_user_created_idx on mental_analyses (user_id, analysis_date desc, id desc);
