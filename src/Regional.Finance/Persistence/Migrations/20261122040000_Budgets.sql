-- Budgets per municipality, domain (or ontschot: domain NULL) and year, and their append-only amendments.
-- Both are municipality-owned: a municipality user sees only its own.
CREATE TABLE finance.budgets (
    id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    year integer NOT NULL,
    domain text,
    amount numeric(14,2) NOT NULL,
    closed_on date,
    region_id uuid NOT NULL,
    CONSTRAINT pk_budgets PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_budgets_region_id_municipality_id_year_domain ON finance.budgets (region_id, municipality_id, year, domain) NULLS NOT DISTINCT;

CREATE TABLE finance.budget_amendments (
    id uuid NOT NULL,
    budget_id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    amount numeric(14,2) NOT NULL,
    reason text NOT NULL,
    idempotency_key text NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    recorded_by text NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_budget_amendments PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_budget_amendments_region_id_idempotency_key ON finance.budget_amendments (region_id, idempotency_key);
CREATE INDEX ix_budget_amendments_region_id_budget_id ON finance.budget_amendments (region_id, budget_id);
CREATE TRIGGER budget_amendments_append_only BEFORE UPDATE OR DELETE ON finance.budget_amendments
    FOR EACH ROW EXECUTE FUNCTION finance.refuse_change();

SELECT kernel.enable_tenant_isolation('finance.budgets', 'SELECT, INSERT, UPDATE', 'required');
SELECT kernel.enable_tenant_isolation('finance.budget_amendments', 'SELECT, INSERT', 'required');
