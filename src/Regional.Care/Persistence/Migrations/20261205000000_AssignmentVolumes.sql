-- The volume accepted on each toewijzing so far, credits subtracted: TR322 reads one row per toewijzing instead of
-- summing all its lines, however long it has run. The database keeps it on every insert of lines (one statement-level
-- trigger per insert), so no writer can forget it; lines are never changed or removed by the app.
CREATE TABLE care.assignment_volumes (
    assignment_id uuid NOT NULL,
    region_id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    volume numeric NOT NULL,
    CONSTRAINT pk_assignment_volumes PRIMARY KEY (assignment_id)
);
-- Summing a toewijzing's lines was all this index served.
DROP INDEX care.ix_declaration_lines_region_id_assignment_id;

-- What earlier versions stored. Row-level security is forced on the owner too, so it is lifted for this look across regions.
ALTER TABLE care.declaration_lines NO FORCE ROW LEVEL SECURITY;
INSERT INTO care.assignment_volumes (assignment_id, region_id, municipality_id, volume)
SELECT assignment_id, region_id, municipality_id, sum(CASE WHEN credit THEN -volume ELSE volume END)
FROM care.declaration_lines WHERE accepted AND assignment_id IS NOT NULL
GROUP BY assignment_id, region_id, municipality_id;
ALTER TABLE care.declaration_lines FORCE ROW LEVEL SECURITY;

CREATE FUNCTION care.add_assignment_volumes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- In toewijzing order, so two inserts never wait on each other's rows in a cycle.
    INSERT INTO care.assignment_volumes AS v (assignment_id, region_id, municipality_id, volume)
    SELECT assignment_id, region_id, municipality_id, sum(CASE WHEN credit THEN -volume ELSE volume END)
    FROM added WHERE accepted AND assignment_id IS NOT NULL
    GROUP BY assignment_id, region_id, municipality_id
    ORDER BY assignment_id
    ON CONFLICT (assignment_id) DO UPDATE SET volume = v.volume + excluded.volume;
    RETURN NULL;
END $$;
CREATE TRIGGER declaration_lines_add_assignment_volumes AFTER INSERT ON care.declaration_lines
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION care.add_assignment_volumes();

SELECT kernel.enable_tenant_isolation('care.assignment_volumes', 'SELECT, INSERT, UPDATE', 'required');
