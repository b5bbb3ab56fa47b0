-- A job carries the municipalities its file may touch (all members when a regional user submitted it). A
-- municipality-bound user reads and changes a job only when all of them are its own: its own uploads.
DROP POLICY tenant_isolation ON care.import_jobs;
CREATE POLICY tenant_isolation ON care.import_jobs
    USING (region_id = (SELECT kernel.current_region_id())
        AND ((SELECT kernel.current_sees_whole_region()) OR municipality_ids <@ (SELECT kernel.current_municipality_ids())))
    WITH CHECK (region_id = (SELECT kernel.current_region_id())
        AND ((SELECT kernel.current_sees_whole_region()) OR municipality_ids <@ (SELECT kernel.current_municipality_ids())));
