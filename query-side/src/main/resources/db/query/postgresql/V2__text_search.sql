-- Text search on title and partner (registry ?q=) with trigrams, so that "%term%" does not scan 100,000 rows.
-- pg_trgm is a trusted extension, so the database owner may create it; it goes to schema "query" with the
-- read models unless the database already has it elsewhere. H2 keeps the plain LIKE.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
DECLARE
    ops_schema TEXT := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'pg_trgm');
BEGIN
    EXECUTE format('CREATE INDEX cooperation_search_text ON query.cooperation USING gin (search_text %I.gin_trgm_ops)',
                   ops_schema);
END
$$;
