-- The lines take their declaration's domain. Row-level security is forced on the owner too, so it is lifted for the
-- copy of every region's lines and forced again in the same transaction.
ALTER TABLE care.declaration_lines ADD COLUMN domain text;
ALTER TABLE care.declaration_lines NO FORCE ROW LEVEL SECURITY;
ALTER TABLE care.declarations NO FORCE ROW LEVEL SECURITY;
UPDATE care.declaration_lines l SET domain = d.domain FROM care.declarations d WHERE d.id = l.declaration_id;
ALTER TABLE care.declarations FORCE ROW LEVEL SECURITY;
ALTER TABLE care.declaration_lines FORCE ROW LEVEL SECURITY;
ALTER TABLE care.declaration_lines ALTER COLUMN domain SET NOT NULL;

-- A JW323 and a WMO323 of one provider may use the same reference numbers (the official examples do).
DROP INDEX care.ix_declaration_lines_accepted_reference;
CREATE UNIQUE INDEX ix_declaration_lines_accepted_reference ON care.declaration_lines (region_id, provider_id, municipality_id, domain, reference) WHERE accepted;
