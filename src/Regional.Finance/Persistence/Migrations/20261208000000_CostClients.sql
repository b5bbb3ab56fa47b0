-- A declaration's postings are summed per account (its clients are in its lines); keys by number of clients count
-- the clients here instead of on the postings. Append-only for the app, like the ledger; a municipality sees only its own.
SELECT kernel.enable_tenant_isolation('finance.cost_clients', 'SELECT, INSERT', 'required');

-- The clients the ledger already names. Row-level security is forced on the owner too, so it is lifted for this look
-- across regions.
ALTER TABLE finance.postings NO FORCE ROW LEVEL SECURITY;
ALTER TABLE finance.journal_entries NO FORCE ROW LEVEL SECURITY;
ALTER TABLE finance.cost_clients NO FORCE ROW LEVEL SECURITY;
INSERT INTO finance.cost_clients (region_id, product_group, year, municipality_id, client_ref)
SELECT DISTINCT p.region_id, p.product_group, extract(year FROM j.occurred_on)::integer, p.municipality_id, p.client_ref
FROM finance.postings p JOIN finance.journal_entries j ON j.id = p.entry_id
WHERE p.client_ref IS NOT NULL AND p.municipality_id IS NOT NULL AND p.product_group IS NOT NULL AND p.account IN ('kosten', 'pool-kosten');
ALTER TABLE finance.postings FORCE ROW LEVEL SECURITY;
ALTER TABLE finance.journal_entries FORCE ROW LEVEL SECURITY;
ALTER TABLE finance.cost_clients FORCE ROW LEVEL SECURITY;
