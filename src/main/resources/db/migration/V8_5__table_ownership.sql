-- Issue 17: one owning module per table.
-- The user module publishes this read model for other modules' set-based statements: the schedulers of mental
-- (diary reminders, weekly/monthly reports need every active user's zone and reminder setting) and the persona
-- directory (public personas of active users). Its columns are the user module's contract; the users table behind
-- it stays private to that module. Read-only for everyone else: no writes, no row locks (TableOwnershipTest).
create view active_users as
select id as user_id, timezone, reminder_enabled, reminder_time
  from users
 where is_active;

-- The platform's idempotency cleanup now deletes expired keys of every scope by age (it was chat's, by scope).
create index idempotency_keys_created_idx on idempotency_keys (created_at);
drop index idempotency_keys_scope_created_idx;
-- chat's own cleanup task is gone (replaced by platform's idempotency-cleanup): drop its db-scheduler row so no
-- instance keeps finding an execution without an implementation.
delete from scheduled_tasks where task_name = 'chat-idempotency-cleanup';
