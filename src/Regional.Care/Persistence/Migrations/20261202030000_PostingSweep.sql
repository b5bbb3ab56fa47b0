-- Declarations whose posting to finance did not complete (the host stopped between storing and posting) are
-- completed by any replica's worker. Finding them crosses regions, so it runs as the schema owner (SECURITY
-- DEFINER), which alone may read every region's declarations for this, and hands back only ids; the posting
-- itself then runs inside the declaration's own region and municipality.
CREATE POLICY posting_sweep ON care.declarations FOR SELECT TO CURRENT_USER USING (true);
CREATE INDEX ix_declarations_unposted ON care.declarations (received_at) WHERE posted_at IS NULL;
CREATE FUNCTION care.unposted_declarations(older_than_seconds integer)
    RETURNS TABLE (declaration_id uuid, declaration_region_id uuid, declaration_municipality_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT id, region_id, municipality_id FROM care.declarations
    WHERE posted_at IS NULL AND received_at < now() - make_interval(secs => older_than_seconds)
    ORDER BY received_at LIMIT 20
$$;
REVOKE ALL ON FUNCTION care.unposted_declarations(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION care.unposted_declarations(integer) TO regional_app;
