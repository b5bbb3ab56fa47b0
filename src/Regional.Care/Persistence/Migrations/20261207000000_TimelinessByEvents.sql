-- Care now tells Monitoring of each declaration by the event DeclarationReceived, and Monitoring keeps its own tally
-- for the timeliness KPI. The declarations received before are told once here, so that tally starts complete (its
-- subscriber ignores a declaration it has counted). Row-level security is forced on the owner too, so it is lifted
-- for this look across regions; the owner's policy on the outbox lets it write there.
ALTER TABLE care.declarations NO FORCE ROW LEVEL SECURITY;
INSERT INTO kernel.outbox_messages (id, region_id, name, payload, created_at, attempts)
SELECT gen_random_uuid(), region_id, 'DeclarationReceived',
       jsonb_build_object('declarationId', id, 'providerId', provider_id, 'periodStart', period_start, 'periodEnd', period_end, 'late', late),
       now(), 0
FROM care.declarations;
ALTER TABLE care.declarations FORCE ROW LEVEL SECURITY;
