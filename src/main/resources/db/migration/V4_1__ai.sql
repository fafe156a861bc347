-- AI usage: one call of a small model costs ~1e-5 USD; 6 decimals lose most of it when rolled up per
-- flush, so keep 9.
alter table ai_usage_daily alter column cost_usd type numeric(18, 9);
