-- Commitments: what assignments commit per municipality, domain and year (volume x tariff), before any care
-- is declared. Municipality-owned and append-only: an assignment commits once per cause.
CREATE TABLE finance.commitments (
    id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    domain text NOT NULL,
    year integer NOT NULL,
    amount numeric(14,2) NOT NULL,
    source_key text NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_commitments PRIMARY KEY (id)
);
CREATE INDEX ix_commitments_region_id_municipality_id_year ON finance.commitments (region_id, municipality_id, year);
CREATE UNIQUE INDEX ix_commitments_region_id_source_key_year ON finance.commitments (region_id, source_key, year);
SELECT kernel.enable_tenant_isolation('finance.commitments', 'SELECT, INSERT', 'required');
