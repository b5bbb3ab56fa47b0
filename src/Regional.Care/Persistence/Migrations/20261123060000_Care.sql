-- Care: assignments (toewijzingen). Municipality-owned: a member sees only its own; the client is kept as
-- a keyed hash, an encrypted BSN and its mask, never in clear.
CREATE SCHEMA IF NOT EXISTS care;
CREATE TABLE care.assignments (
    id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    reference text NOT NULL,
    client_hash text NOT NULL,
    client_cipher text NOT NULL,
    client_masked text NOT NULL,
    client_birth_date date,
    product_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    contract_id uuid NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    volume numeric NOT NULL,
    unit text NOT NULL,
    frequency text NOT NULL,
    tariff numeric(14,2) NOT NULL,
    commitment numeric(14,2) NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_assignments PRIMARY KEY (id)
);
CREATE INDEX ix_assignments_region_id_client_hash ON care.assignments (region_id, client_hash);
CREATE UNIQUE INDEX ix_assignments_region_id_reference ON care.assignments (region_id, reference);

GRANT USAGE ON SCHEMA care TO regional_app;
SELECT kernel.enable_tenant_isolation('care.assignments', 'SELECT, INSERT', 'required');
