-- Settling a pool sums its postings per member: a covering index lets PostgreSQL read only the index,
-- which matters when many regions' postings share the heap pages. The payable side of every entry has
-- no municipality and no pool, so both lookup indexes leave it out (less to write per posting).
DROP INDEX finance.ix_postings_region_id_pool_id_account;
CREATE INDEX ix_postings_region_id_pool_id_account_municipality_id ON finance.postings (region_id, pool_id, account, municipality_id) INCLUDE (amount) WHERE pool_id IS NOT NULL;
DROP INDEX finance.ix_postings_region_id_municipality_id_account;
CREATE INDEX ix_postings_region_id_municipality_id_account ON finance.postings (region_id, municipality_id, account) WHERE municipality_id IS NOT NULL;
