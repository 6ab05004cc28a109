-- The family search finds a name by any part of it (like '%text%'), which no b-tree index serves:
-- trigram indexes on exactly the expressions FamilyService.search compares. pg_trgm ships with
-- PostgreSQL and is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index ix_guardian_full_name_trgm on guardian
    using gin (lower(given_name || ' ' || family_name) gin_trgm_ops);
create index ix_child_full_name_trgm on child
    using gin (lower(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) gin_trgm_ops);
