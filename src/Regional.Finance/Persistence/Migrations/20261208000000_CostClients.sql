-- The client sub-ledger. A declaration's postings are summed per account (its clients are in its lines); keys by number
-- of clients count the clients here, and a per-client threshold reads a client's running total here. It holds every
-- cost of the year, also those booked before a threshold was decided, which never named their client on a posting.
-- The writer raises a client's amount in place (a page's room keeps that update on its page); a municipality sees only
-- its own clients.
ALTER TABLE finance.cost_clients SET (fillfactor = 50);
SELECT kernel.enable_tenant_isolation('finance.cost_clients', 'SELECT, INSERT, UPDATE', 'required');

-- The clients the ledger already names. Row-level security is forced on the owner too, so it is lifted for this look
-- across regions.
ALTER TABLE finance.postings NO FORCE ROW LEVEL SECURITY;
ALTER TABLE finance.journal_entries NO FORCE ROW LEVEL SECURITY;
ALTER TABLE finance.cost_clients NO FORCE ROW LEVEL SECURITY;
INSERT INTO finance.cost_clients (region_id, product_group, domain, year, municipality_id, client_ref, amount)
SELECT p.region_id, p.product_group, p.domain, extract(year FROM j.occurred_on)::integer, p.municipality_id, p.client_ref, sum(p.amount)
FROM finance.postings p JOIN finance.journal_entries j ON j.id = p.entry_id
WHERE p.client_ref IS NOT NULL AND p.municipality_id IS NOT NULL AND p.product_group IS NOT NULL AND p.domain IS NOT NULL
  AND p.account IN ('kosten', 'pool-kosten')
GROUP BY 1, 2, 3, 4, 5, 6;
ALTER TABLE finance.postings FORCE ROW LEVEL SECURITY;
ALTER TABLE finance.journal_entries FORCE ROW LEVEL SECURITY;
ALTER TABLE finance.cost_clients FORCE ROW LEVEL SECURITY;
