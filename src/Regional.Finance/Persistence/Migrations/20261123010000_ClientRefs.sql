-- Costs name a pseudonym of their client (never the BSN), for thresholds per client and client-count keys.
ALTER TABLE finance.postings ADD client_ref text;
CREATE INDEX ix_postings_region_id_client_ref ON finance.postings (region_id, client_ref) WHERE client_ref IS NOT NULL;
