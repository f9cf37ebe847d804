-- pg_trgm backs the case-insensitive `contains` filter and the quick search `q` with GIN indexes.
-- It is a trusted extension (PostgreSQL 13+), so a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
