-- Operations (SPEC §13): one row per running app instance, refreshed by its heartbeat, so the admin
-- page counts live instances from the database every instance shares.
create table ops_instances (
    instance_id  varchar(120) primary key,
    host         varchar(255) not null,
    started_at   timestamptz  not null default now(),
    last_beat_at timestamptz  not null default now()
);

-- DAU/WAU/MAU, diaries created today and the 24 h job figures are range counts on these columns
create index users_last_seen_idx on users (last_seen_at) where last_seen_at is not null;
create index diaries_created_idx on diaries (created_at);
create index jobs_finished_idx on jobs (finished_at) where finished_at is not null;
