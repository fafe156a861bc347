-- Issue 18: a new persona is visible to accepted friends by default (SPEC §6, as in the original system). Only the
-- column default changes: existing personas keep the setting their owner has.
alter table personas alter column is_public set default true;
