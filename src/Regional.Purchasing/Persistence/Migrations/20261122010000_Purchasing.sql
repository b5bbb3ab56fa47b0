-- Joint purchasing: products, providers, procedures and admissions, contracts, tariffs, solidarity decisions.
-- Every table is region-owned: region_id leads its indexes, and row-level security is forced on it.
CREATE SCHEMA IF NOT EXISTS purchasing;
CREATE TABLE purchasing.admissions (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    procedure_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    applied_on date NOT NULL,
    decision text NOT NULL,
    decided_on date,
    decided_by text,
    decision_note text,
    CONSTRAINT pk_admissions PRIMARY KEY (id)
);
CREATE TABLE purchasing.contracts (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    number text NOT NULL,
    procedure_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    lot text,
    main_contractor_id uuid,
    CONSTRAINT pk_contracts PRIMARY KEY (id),
    CONSTRAINT ck_contracts_term CHECK (ends_on >= starts_on)
);
CREATE TABLE purchasing.procedures (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    domain text NOT NULL,
    starts_on date NOT NULL,
    ends_on date,
    admission text NOT NULL,
    CONSTRAINT pk_procedures PRIMARY KEY (id)
);
CREATE TABLE purchasing.products (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    domain text NOT NULL,
    category_code text NOT NULL,
    product_group text NOT NULL,
    unit text NOT NULL,
    CONSTRAINT pk_products PRIMARY KEY (id)
);
CREATE TABLE purchasing.providers (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    name text NOT NULL,
    kvk_number text NOT NULL,
    agb_code text NOT NULL,
    CONSTRAINT pk_providers PRIMARY KEY (id)
);
CREATE TABLE purchasing.solidarity_decisions (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    product_group text,
    product_id uuid,
    year integer NOT NULL,
    arrangement text NOT NULL,
    fraction numeric,
    threshold_amount numeric,
    threshold_basis text,
    distribution_key text,
    decided_on date NOT NULL,
    decided_by text NOT NULL,
    reference text NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_solidarity_decisions PRIMARY KEY (id),
    CONSTRAINT ck_solidarity_decisions_fraction CHECK (fraction IS NULL OR (fraction > 0 AND fraction < 1))
);
CREATE TABLE purchasing.tariffs (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    product_id uuid NOT NULL,
    contract_id uuid,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    amount numeric(12,2) NOT NULL,
    personnel_cost_per_fte numeric,
    productive_hours_per_fte numeric,
    other_costs_per_unit numeric,
    overhead_percentage numeric,
    risk_percentage numeric,
    indexed_from_id uuid,
    indexation_percentage numeric,
    CONSTRAINT pk_tariffs PRIMARY KEY (id),
    CONSTRAINT ck_tariffs_amount_positive CHECK (amount > 0),
    CONSTRAINT ck_tariffs_period CHECK (valid_to >= valid_from)
);
CREATE TABLE purchasing.assessments (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    admission_id uuid NOT NULL,
    requirement_id uuid NOT NULL,
    met boolean NOT NULL,
    evidence text,
    CONSTRAINT pk_assessments PRIMARY KEY (id),
    CONSTRAINT fk_assessments_admissions_admission_id FOREIGN KEY (admission_id) REFERENCES purchasing.admissions (id) ON DELETE CASCADE
);
CREATE TABLE purchasing.contract_extensions (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    contract_id uuid NOT NULL,
    previous_end date NOT NULL,
    new_end date NOT NULL,
    decided_on date NOT NULL,
    decided_by text NOT NULL,
    reference text NOT NULL,
    CONSTRAINT pk_contract_extensions PRIMARY KEY (id),
    CONSTRAINT fk_contract_extensions_contracts_contract_id FOREIGN KEY (contract_id) REFERENCES purchasing.contracts (id) ON DELETE CASCADE
);
CREATE TABLE purchasing.contract_products (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    contract_id uuid NOT NULL,
    product_id uuid NOT NULL,
    CONSTRAINT pk_contract_products PRIMARY KEY (id),
    CONSTRAINT fk_contract_products_contracts_contract_id FOREIGN KEY (contract_id) REFERENCES purchasing.contracts (id) ON DELETE CASCADE
);
CREATE TABLE purchasing.procedure_products (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    procedure_id uuid NOT NULL,
    product_id uuid NOT NULL,
    CONSTRAINT pk_procedure_products PRIMARY KEY (id),
    CONSTRAINT fk_procedure_products_procedures_procedure_id FOREIGN KEY (procedure_id) REFERENCES purchasing.procedures (id) ON DELETE CASCADE
);
CREATE TABLE purchasing.requirements (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    procedure_id uuid NOT NULL,
    level text NOT NULL,
    text text NOT NULL,
    mandatory boolean NOT NULL,
    CONSTRAINT pk_requirements PRIMARY KEY (id),
    CONSTRAINT fk_requirements_procedures_procedure_id FOREIGN KEY (procedure_id) REFERENCES purchasing.procedures (id) ON DELETE CASCADE
);
CREATE TABLE purchasing.provider_contacts (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    name text NOT NULL,
    role text,
    email text,
    phone text,
    CONSTRAINT pk_provider_contacts PRIMARY KEY (id),
    CONSTRAINT fk_provider_contacts_providers_provider_id FOREIGN KEY (provider_id) REFERENCES purchasing.providers (id) ON DELETE CASCADE
);
CREATE INDEX ix_admissions_region_id_procedure_id_provider_id ON purchasing.admissions (region_id, procedure_id, provider_id);
CREATE INDEX ix_assessments_admission_id ON purchasing.assessments (admission_id);
CREATE UNIQUE INDEX ix_assessments_region_id_admission_id_requirement_id ON purchasing.assessments (region_id, admission_id, requirement_id);
CREATE INDEX ix_contract_extensions_contract_id ON purchasing.contract_extensions (contract_id);
CREATE INDEX ix_contract_extensions_region_id_contract_id ON purchasing.contract_extensions (region_id, contract_id);
CREATE INDEX ix_contract_products_contract_id ON purchasing.contract_products (contract_id);
CREATE UNIQUE INDEX ix_contract_products_region_id_contract_id_product_id ON purchasing.contract_products (region_id, contract_id, product_id);
CREATE UNIQUE INDEX ix_contracts_region_id_number ON purchasing.contracts (region_id, number);
CREATE INDEX ix_contracts_region_id_provider_id ON purchasing.contracts (region_id, provider_id);
CREATE INDEX ix_procedure_products_procedure_id ON purchasing.procedure_products (procedure_id);
CREATE UNIQUE INDEX ix_procedure_products_region_id_procedure_id_product_id ON purchasing.procedure_products (region_id, procedure_id, product_id);
CREATE UNIQUE INDEX ix_procedures_region_id_name ON purchasing.procedures (region_id, name);
CREATE UNIQUE INDEX ix_products_region_id_code ON purchasing.products (region_id, code);
CREATE INDEX ix_provider_contacts_provider_id ON purchasing.provider_contacts (provider_id);
CREATE INDEX ix_provider_contacts_region_id_provider_id ON purchasing.provider_contacts (region_id, provider_id);
CREATE UNIQUE INDEX ix_providers_region_id_agb_code ON purchasing.providers (region_id, agb_code);
CREATE INDEX ix_requirements_procedure_id ON purchasing.requirements (procedure_id);
CREATE INDEX ix_requirements_region_id_procedure_id ON purchasing.requirements (region_id, procedure_id);
CREATE INDEX ix_solidarity_decisions_region_id_year ON purchasing.solidarity_decisions (region_id, year);
CREATE INDEX ix_tariffs_region_id_product_id_valid_from ON purchasing.tariffs (region_id, product_id, valid_from);

GRANT USAGE ON SCHEMA purchasing TO regional_app;
SELECT kernel.enable_tenant_isolation('purchasing.admissions', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.assessments', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.contract_extensions', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.contract_products', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.contracts', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.procedure_products', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.procedures', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.products', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.provider_contacts', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.providers', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.requirements', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.solidarity_decisions', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('purchasing.tariffs', 'SELECT, INSERT, UPDATE, DELETE');
