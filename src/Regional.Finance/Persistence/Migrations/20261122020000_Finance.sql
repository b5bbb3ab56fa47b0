-- Finance: the append-only double-entry ledger, solidarity pools with their keys, settlements.
-- Every table is region-owned under forced row-level security; postings and settlement lines of one
-- municipality are visible only within its scope. The ledger can only grow.
CREATE SCHEMA IF NOT EXISTS finance;
CREATE TABLE finance.journal_entries (
    id uuid NOT NULL,
    idempotency_key text NOT NULL,
    occurred_on date NOT NULL,
    description text NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    recorded_by text NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_journal_entries PRIMARY KEY (id)
);
CREATE TABLE finance.pools (
    id uuid NOT NULL,
    product_group text NOT NULL,
    year integer NOT NULL,
    domain text NOT NULL,
    arrangement text NOT NULL,
    fraction numeric,
    pooled_cost numeric(14,2) NOT NULL,
    funding text NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_pools PRIMARY KEY (id),
    CONSTRAINT ck_pools_fraction CHECK (fraction IS NULL OR (fraction > 0 AND fraction < 1))
);
CREATE TABLE finance.settlements (
    id uuid NOT NULL,
    pool_id uuid NOT NULL,
    status text NOT NULL,
    inputs_hash text NOT NULL,
    pooled_cost numeric(14,2) NOT NULL,
    sequence integer NOT NULL,
    drafted_by text NOT NULL,
    drafted_at timestamp with time zone NOT NULL,
    approved_by text,
    approved_at timestamp with time zone,
    posted_at timestamp with time zone,
    region_id uuid NOT NULL,
    CONSTRAINT pk_settlements PRIMARY KEY (id)
);
CREATE TABLE finance.postings (
    id uuid NOT NULL,
    entry_id uuid NOT NULL,
    account text NOT NULL,
    municipality_id uuid,
    pool_id uuid,
    product_group text,
    domain text,
    amount numeric(14,2) NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_postings PRIMARY KEY (id),
    CONSTRAINT fk_postings_journal_entries_entry_id FOREIGN KEY (entry_id) REFERENCES finance.journal_entries (id) ON DELETE CASCADE
);
CREATE TABLE finance.pool_key_components (
    id uuid NOT NULL,
    pool_id uuid NOT NULL,
    basis text NOT NULL,
    weight numeric NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_pool_key_components PRIMARY KEY (id),
    CONSTRAINT fk_pool_key_components_pools_pool_id FOREIGN KEY (pool_id) REFERENCES finance.pools (id) ON DELETE CASCADE
);
CREATE TABLE finance.pool_key_inputs (
    id uuid NOT NULL,
    pool_id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    basis text NOT NULL,
    value numeric NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_pool_key_inputs PRIMARY KEY (id),
    CONSTRAINT fk_pool_key_inputs_pools_pool_id FOREIGN KEY (pool_id) REFERENCES finance.pools (id) ON DELETE CASCADE
);
CREATE TABLE finance.settlement_lines (
    id uuid NOT NULL,
    settlement_id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    share numeric NOT NULL,
    obligation numeric(14,2) NOT NULL,
    borne numeric(14,2) NOT NULL,
    previously_settled numeric(14,2) NOT NULL,
    amount numeric(14,2) NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_settlement_lines PRIMARY KEY (id),
    CONSTRAINT fk_settlement_lines_settlements_settlement_id FOREIGN KEY (settlement_id) REFERENCES finance.settlements (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_journal_entries_region_id_idempotency_key ON finance.journal_entries (region_id, idempotency_key);
CREATE INDEX ix_pool_key_components_pool_id ON finance.pool_key_components (pool_id);
CREATE UNIQUE INDEX ix_pool_key_components_region_id_pool_id_basis ON finance.pool_key_components (region_id, pool_id, basis);
CREATE INDEX ix_pool_key_inputs_pool_id ON finance.pool_key_inputs (pool_id);
CREATE UNIQUE INDEX ix_pool_key_inputs_region_id_pool_id_municipality_id_basis ON finance.pool_key_inputs (region_id, pool_id, municipality_id, basis);
CREATE UNIQUE INDEX ix_pools_region_id_product_group_year ON finance.pools (region_id, product_group, year);
CREATE INDEX ix_postings_entry_id ON finance.postings (entry_id);
CREATE INDEX ix_postings_region_id_municipality_id_account ON finance.postings (region_id, municipality_id, account);
CREATE INDEX ix_postings_region_id_pool_id_account ON finance.postings (region_id, pool_id, account);
CREATE UNIQUE INDEX ix_settlement_lines_region_id_settlement_id_municipality_id ON finance.settlement_lines (region_id, settlement_id, municipality_id);
CREATE INDEX ix_settlement_lines_settlement_id ON finance.settlement_lines (settlement_id);
CREATE INDEX ix_settlements_region_id_pool_id ON finance.settlements (region_id, pool_id);

-- Double entry: at commit, every journal entry's postings sum to zero.
CREATE FUNCTION finance.check_entry_balances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT coalesce(sum(amount), 0) FROM finance.postings WHERE entry_id = NEW.entry_id) <> 0 THEN
        RAISE EXCEPTION 'journal entry % does not balance: its postings must sum to zero', NEW.entry_id;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER postings_balance AFTER INSERT ON finance.postings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION finance.check_entry_balances();

-- Append-only, also for roles that could be granted more by mistake: corrections are new entries.
CREATE FUNCTION finance.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: post a correcting entry instead', TG_TABLE_NAME;
END $$;
CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON finance.journal_entries
    FOR EACH ROW EXECUTE FUNCTION finance.refuse_change();
CREATE TRIGGER postings_append_only BEFORE UPDATE OR DELETE ON finance.postings
    FOR EACH ROW EXECUTE FUNCTION finance.refuse_change();
CREATE TRIGGER settlement_lines_append_only BEFORE UPDATE OR DELETE ON finance.settlement_lines
    FOR EACH ROW EXECUTE FUNCTION finance.refuse_change();

GRANT USAGE ON SCHEMA finance TO regional_app;
SELECT kernel.enable_tenant_isolation('finance.journal_entries', 'SELECT, INSERT');
SELECT kernel.enable_tenant_isolation('finance.pool_key_components', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('finance.pool_key_inputs', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('finance.pools', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('finance.postings', 'SELECT, INSERT', 'optional');
SELECT kernel.enable_tenant_isolation('finance.settlement_lines', 'SELECT, INSERT', 'required');
SELECT kernel.enable_tenant_isolation('finance.settlements', 'SELECT, INSERT, UPDATE');
