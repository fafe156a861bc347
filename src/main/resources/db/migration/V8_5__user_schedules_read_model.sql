-- Issue 17: one owning module per table. The user module publishes this read model for the schedulers of other
-- modules (mental: diary reminders, weekly/monthly reports), which need every active user's zone and reminder
-- setting in one set-based statement. Its columns are the user module's contract; the users table behind it
-- stays private to that module. Read-only for everyone else: no writes, no row locks (TableOwnershipTest).
create view user_schedules as
select id as user_id, timezone, reminder_enabled, reminder_time
  from users
 where is_active;
