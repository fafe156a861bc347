-- DearMe data model for SPEC §3–§13. Later work adds columns, not redesigns.
-- Migration numbering per feature: V2_x foundation, V3_x diaries, V4_x ai, V5_x persona/chat/jobs/notifications,
-- V6_x friends/subscriptions/mental, V7_x ops.

create table users (
    id                bigserial primary key,
    email             varchar(254) not null,
    username          varchar(50)  not null,
    password_hash     varchar(100) not null,
    email_verified    boolean      not null default false,
    role              varchar(20)  not null default 'user',
    timezone          varchar(64)  not null default 'Asia/Seoul',
    locale            varchar(5)   not null default 'ko',
    rag_context_level varchar(10)  not null default 'standard',
    profile_image     varchar(500),
    reminder_enabled  boolean      not null default false,
    reminder_time     time,
    is_active         boolean      not null default true,
    failed_logins     integer      not null default 0,
    locked_until      timestamptz,
    last_seen_at      timestamptz,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);
create unique index users_email_uq on users (lower(email));
create unique index users_username_uq on users (lower(username));

create table auth_sessions (
    id           bigserial primary key,
    user_id      bigint      not null references users (id) on delete cascade,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    user_agent   varchar(300),
    ip           varchar(64)
);
create index auth_sessions_user_idx on auth_sessions (user_id);

-- every refresh token ever issued for a session; a rotated one presented again revokes the session
create table refresh_tokens (
    id         bigserial primary key,
    session_id bigint      not null references auth_sessions (id) on delete cascade,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null default now(),
    rotated_at timestamptz
);
create index refresh_tokens_session_idx on refresh_tokens (session_id);

create table email_tokens (
    id         bigserial primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    purpose    varchar(20) not null, -- verify | reset
    token_hash varchar(64) not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index email_tokens_user_idx on email_tokens (user_id, purpose);

create table diaries (
    id            bigserial primary key,
    user_id       bigint       not null references users (id) on delete cascade,
    title         varchar(200) not null,
    content       text         not null,
    mood          varchar(20),
    weather       varchar(20),
    diary_date    date         not null,
    is_private    boolean      not null default false,
    content_hash  varchar(64),
    search_vector tsvector,
    embedding     real[],
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint diaries_user_date_uq unique (user_id, diary_date)
);
create index diaries_user_date_idx on diaries (user_id, diary_date desc);
create index diaries_search_idx on diaries using gin (search_vector);

create table idempotency_keys (
    user_id         bigint       not null references users (id) on delete cascade,
    scope           varchar(40)  not null,
    idem_key        varchar(200) not null,
    request_hash    varchar(64)  not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz  not null default now(),
    primary key (user_id, scope, idem_key)
);

create table personas (
    id                    bigserial primary key,
    user_id               bigint      not null unique references users (id) on delete cascade,
    name                  varchar(100) not null,
    personality           text        not null,
    traits                jsonb       not null default '[]',
    interests             jsonb       not null default '[]',
    speaking_style        text        not null default '',
    summary               text        not null default '',
    is_public             boolean     not null default false,
    customization         jsonb       not null default '{}',
    level                 varchar(20) not null default 'complete',
    generated_diary_count integer     not null default 0,
    generated_until       date,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);

create table chats (
    id              bigserial primary key,
    user_id         bigint      not null references users (id) on delete cascade,
    persona_id      bigint      not null references personas (id) on delete cascade,
    title           varchar(200),
    last_message_at timestamptz,
    created_at      timestamptz not null default now()
);
create index chats_user_idx on chats (user_id, last_message_at desc nulls last);

create table chat_messages (
    id         bigserial primary key,
    chat_id    bigint      not null references chats (id) on delete cascade,
    role       varchar(10) not null, -- user | persona
    content    text        not null,
    created_at timestamptz not null default now()
);
create index chat_messages_chat_idx on chat_messages (chat_id, id desc);

create table friendships (
    id           bigserial primary key,
    requester_id bigint      not null references users (id) on delete cascade,
    addressee_id bigint      not null references users (id) on delete cascade,
    status       varchar(10) not null, -- pending | accepted | rejected
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint friendships_pair_uq unique (requester_id, addressee_id),
    constraint friendships_not_self check (requester_id <> addressee_id)
);
create index friendships_addressee_idx on friendships (addressee_id, status);

create table notifications (
    id           bigserial primary key,
    user_id      bigint       not null references users (id) on delete cascade,
    type         varchar(40)  not null,
    title        varchar(200) not null,
    content      text         not null default '',
    is_read      boolean      not null default false,
    related_type varchar(40),
    related_id   bigint,
    created_at   timestamptz  not null default now()
);
create index notifications_user_idx on notifications (user_id, id desc);
create index notifications_unread_idx on notifications (user_id) where not is_read;

create table user_milestones (
    user_id    bigint      not null references users (id) on delete cascade,
    milestone  integer     not null,
    reached_at timestamptz not null default now(),
    primary key (user_id, milestone)
);

create table mental_analyses (
    id                  bigserial primary key,
    user_id             bigint      not null references users (id) on delete cascade,
    diary_id            bigint      not null unique references diaries (id) on delete cascade,
    analysis_date       date        not null,
    emotional_stability integer     not null check (emotional_stability between 0 and 100),
    vitality            integer     not null check (vitality between 0 and 100),
    self_esteem         integer     not null check (self_esteem between 0 and 100),
    positivity          integer     not null check (positivity between 0 and 100),
    social_connection   integer     not null check (social_connection between 0 and 100),
    resilience          integer     not null check (resilience between 0 and 100),
    overall_status      varchar(20) not null,
    summary             text        not null default '',
    feedback            jsonb,
    safety_flag         boolean     not null default false,
    created_at          timestamptz not null default now()
);
create index mental_analyses_user_date_idx on mental_analyses (user_id, analysis_date desc);

create table mental_reports (
    id              bigserial primary key,
    user_id         bigint      not null references users (id) on delete cascade,
    report_type     varchar(10) not null, -- weekly | monthly
    period_start    date        not null,
    period_end      date        not null,
    averages        jsonb       not null,
    trend           jsonb       not null,
    insights        jsonb       not null,
    recommendations jsonb       not null,
    daily_scores    jsonb       not null,
    source_hash     varchar(64) not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint mental_reports_period_uq unique (user_id, report_type, period_start)
);

create table subscriptions (
    id           bigserial primary key,
    user_id      bigint      not null unique references users (id) on delete cascade,
    plan         varchar(10) not null default 'free',
    status       varchar(10) not null default 'active',
    started_at   timestamptz not null default now(),
    expires_at   timestamptz,
    cancelled_at timestamptz,
    updated_at   timestamptz not null default now()
);

create table usage_counters (
    user_id    bigint      not null references users (id) on delete cascade,
    usage_date date        not null,
    kind       varchar(30) not null,
    used       integer     not null default 0,
    primary key (user_id, usage_date, kind)
);

create table jobs (
    id          bigserial primary key,
    user_id     bigint references users (id) on delete cascade,
    kind        varchar(30) not null,
    status      varchar(10) not null default 'queued',
    attempts    integer     not null default 0,
    payload     jsonb       not null default '{}',
    error       text,
    created_at  timestamptz not null default now(),
    started_at  timestamptz,
    finished_at timestamptz
);
create index jobs_user_idx on jobs (user_id, id desc);
create index jobs_status_idx on jobs (status);

create table ai_usage_daily (
    day        date         not null,
    feature    varchar(40)  not null,
    engine     varchar(20)  not null,
    model      varchar(100) not null,
    calls      bigint       not null default 0,
    failures   bigint       not null default 0,
    tokens_in  bigint       not null default 0,
    tokens_out bigint       not null default 0,
    cost_usd   numeric(14, 6) not null default 0,
    latency_ms bigint       not null default 0,
    primary key (day, feature, engine, model)
);

-- db-scheduler (durable, cluster-safe jobs)
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
