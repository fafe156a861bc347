-- Issue 14: one row per committed diary import, for the per-user daily import quota.
create table diary_imports (
    id         bigserial   primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    entries    integer     not null,
    created_at timestamptz not null default now()
);
create index diary_imports_user_time_idx on diary_imports (user_id, created_at);
