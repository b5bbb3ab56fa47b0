-- The region's budget signal: a budget warns when actuals plus commitments reach this share of it.
CREATE TABLE finance.budget_settings (
    id uuid NOT NULL,
    warn_at_percent numeric(5,2) NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_budget_settings PRIMARY KEY (id),
    CONSTRAINT ck_budget_settings_warn_at_percent CHECK (warn_at_percent > 0 AND warn_at_percent <= 200)
);
CREATE UNIQUE INDEX ix_budget_settings_region_id ON finance.budget_settings (region_id);
SELECT kernel.enable_tenant_isolation('finance.budget_settings', 'SELECT, INSERT, UPDATE');
