-- Chat idempotency keys live 24 h (SPEC §1); the hourly cleanup deletes by scope and age.
create index idempotency_keys_scope_created_idx on idempotency_keys (scope, created_at);
