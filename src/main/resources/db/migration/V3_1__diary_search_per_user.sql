-- Full-text search is always scoped to one owner. A GIN index over (user_id, search_vector) lets PostgreSQL
-- intersect the owner's entries with the term's posting list, instead of scanning every user's matches of a
-- common word (measured in bench/results/diaries.md). btree_gin is a trusted contrib extension (PG 13+).
create extension if not exists btree_gin;
create index if not exists diaries_user_search_idx on diaries using gin (user_id, search_vector);
