-- Pools are per domain: a Jeugd cost and a Wmo cost of one product group no longer share a pool whose
-- members are those of one domain only (a settlement then left a member out and did not sum to zero).
DROP INDEX finance.ix_pools_region_id_product_group_year;
CREATE UNIQUE INDEX ix_pools_region_id_product_group_domain_year ON finance.pools (region_id, product_group, domain, year);

-- A pool's costs are settled once: each posted run has its own sequence number (0, then corrections),
-- so a second run drafted from the same state cannot be posted after the first.
CREATE UNIQUE INDEX ix_settlements_region_id_pool_id_sequence ON finance.settlements (region_id, pool_id, sequence) WHERE status = 'Posted';
