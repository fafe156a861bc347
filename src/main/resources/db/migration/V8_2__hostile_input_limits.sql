-- Issue 14: one row per committed diary import, for the per-user daily import quota.
create table diary_imports (
    id         bigserial   primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    entries    integer     not null,
    created_at timestamptz not null default now()
);
create index diary_imports_user_time_idx on diary_imports (user_id, created_at);

-- Issue 14: a daily usage counter stays the day it was opened. resets_at is the midnight that ends that day in
-- the zone the user had when it opened; a later time-zone change neither ends it early nor opens a fresh one.
-- Rows from before this column read as ending at their date's midnight in the user's current zone.
alter table usage_counters add column resets_at timestamptz;
create index usage_counters_open_idx on usage_counters (user_id, kind, usage_date desc);
