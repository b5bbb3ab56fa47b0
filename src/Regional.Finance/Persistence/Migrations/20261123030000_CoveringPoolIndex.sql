-- Settling a pool sums its postings per member: a covering index lets PostgreSQL read only the index,
-- which matters when many regions' postings share the heap pages.
DROP INDEX finance.ix_postings_region_id_pool_id_account;
CREATE INDEX ix_postings_region_id_pool_id_account_municipality_id ON finance.postings (region_id, pool_id, account, municipality_id) INCLUDE (amount);
