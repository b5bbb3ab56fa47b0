-- Monitoring: KPIs per contract (targets, values, ended trajectories), the report schedule and received
-- reports, providers' classification, meetings and spending ceilings, the indicator register and
-- development goals. Everything is region-owned; indicators are also per municipality (NULL: the
-- region's own), so a member sees its own and the region's only.
CREATE SCHEMA IF NOT EXISTS monitoring;
CREATE TABLE monitoring.contract_reports (
    id uuid NOT NULL,
    contract_id uuid NOT NULL,
    kind text NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    due_on date NOT NULL,
    needs_auditors_report boolean NOT NULL,
    file_name text,
    content_type text,
    content bytea,
    realised numeric,
    prognosis numeric,
    received_at timestamp with time zone,
    received_by text,
    reviewed_at timestamp with time zone,
    reviewed_by text,
    region_id uuid NOT NULL,
    CONSTRAINT pk_contract_reports PRIMARY KEY (id)
);
CREATE TABLE monitoring.development_goals (
    id uuid NOT NULL,
    reference text NOT NULL,
    product_group text,
    title text NOT NULL,
    explanation text,
    deadline date NOT NULL,
    owner text NOT NULL,
    status text NOT NULL,
    progress text,
    region_id uuid NOT NULL,
    CONSTRAINT pk_development_goals PRIMARY KEY (id)
);
CREATE TABLE monitoring.indicators (
    id uuid NOT NULL,
    municipality_id uuid,
    name text NOT NULL,
    unit text NOT NULL,
    note text NOT NULL,
    source text NOT NULL,
    ambition text,
    societal_result text,
    "order" integer NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_indicators PRIMARY KEY (id)
);
CREATE TABLE monitoring.kpi_measurements (
    id uuid NOT NULL,
    contract_id uuid NOT NULL,
    kpi_code text NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    value numeric NOT NULL,
    source text NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    recorded_by text NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_kpi_measurements PRIMARY KEY (id)
);
CREATE TABLE monitoring.kpi_targets (
    id uuid NOT NULL,
    contract_id uuid NOT NULL,
    kpi_code text NOT NULL,
    target numeric NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_kpi_targets PRIMARY KEY (id)
);
CREATE TABLE monitoring.provider_meetings (
    id uuid NOT NULL,
    provider_id uuid NOT NULL,
    held_on date NOT NULL,
    notes text NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_provider_meetings PRIMARY KEY (id)
);
CREATE TABLE monitoring.provider_profiles (
    id uuid NOT NULL,
    provider_id uuid NOT NULL,
    year integer NOT NULL,
    clients integer NOT NULL,
    municipalities_served integer NOT NULL,
    turnover numeric NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_provider_profiles PRIMARY KEY (id)
);
CREATE TABLE monitoring.reporting_plans (
    id uuid NOT NULL,
    contract_id uuid NOT NULL,
    year integer NOT NULL,
    expected_turnover numeric NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_reporting_plans PRIMARY KEY (id)
);
CREATE TABLE monitoring.reporting_settings (
    id uuid NOT NULL,
    half_yearly_below numeric NOT NULL,
    auditor_above numeric NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_reporting_settings PRIMARY KEY (id)
);
CREATE TABLE monitoring.spending_ceilings (
    id uuid NOT NULL,
    provider_id uuid NOT NULL,
    year integer NOT NULL,
    amount numeric NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_spending_ceilings PRIMARY KEY (id)
);
CREATE TABLE monitoring.trajectory_endings (
    id uuid NOT NULL,
    contract_id uuid NOT NULL,
    client_ref text NOT NULL,
    started_on date NOT NULL,
    ended_on date NOT NULL,
    ending_reason text NOT NULL,
    continuation text,
    zrm_at_start integer[],
    zrm_at_end integer[],
    region_id uuid NOT NULL,
    CONSTRAINT pk_trajectory_endings PRIMARY KEY (id)
);
CREATE TABLE monitoring.indicator_values (
    id uuid NOT NULL,
    indicator_id uuid NOT NULL,
    municipality_id uuid,
    year integer NOT NULL,
    kind text NOT NULL,
    value numeric,
    direction text,
    region_id uuid NOT NULL,
    CONSTRAINT pk_indicator_values PRIMARY KEY (id),
    CONSTRAINT fk_indicator_values_indicators_indicator_id FOREIGN KEY (indicator_id) REFERENCES monitoring.indicators (id) ON DELETE CASCADE
);
CREATE TABLE monitoring.meeting_actions (
    id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    description text NOT NULL,
    owner text NOT NULL,
    deadline date NOT NULL,
    done_on date,
    region_id uuid NOT NULL,
    CONSTRAINT pk_meeting_actions PRIMARY KEY (id),
    CONSTRAINT fk_meeting_actions_provider_meetings_meeting_id FOREIGN KEY (meeting_id) REFERENCES monitoring.provider_meetings (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_contract_reports_region_id_contract_id_kind_period_start ON monitoring.contract_reports (region_id, contract_id, kind, period_start);
CREATE INDEX ix_contract_reports_region_id_due_on ON monitoring.contract_reports (region_id, due_on);
CREATE UNIQUE INDEX ix_development_goals_region_id_product_group_reference ON monitoring.development_goals (region_id, product_group, reference) NULLS NOT DISTINCT;
CREATE INDEX ix_indicator_values_indicator_id ON monitoring.indicator_values (indicator_id);
CREATE UNIQUE INDEX ix_indicator_values_region_id_indicator_id_year_kind ON monitoring.indicator_values (region_id, indicator_id, year, kind);
CREATE INDEX ix_indicators_region_id_municipality_id ON monitoring.indicators (region_id, municipality_id);
CREATE UNIQUE INDEX ix_kpi_measurements_contract_kpi_period ON monitoring.kpi_measurements (region_id, contract_id, kpi_code, period_start, period_end);
CREATE UNIQUE INDEX ix_kpi_targets_region_id_contract_id_kpi_code ON monitoring.kpi_targets (region_id, contract_id, kpi_code);
CREATE INDEX ix_meeting_actions_meeting_id ON monitoring.meeting_actions (meeting_id);
CREATE INDEX ix_provider_meetings_region_id_provider_id ON monitoring.provider_meetings (region_id, provider_id);
CREATE UNIQUE INDEX ix_provider_profiles_region_id_provider_id_year ON monitoring.provider_profiles (region_id, provider_id, year);
CREATE UNIQUE INDEX ix_reporting_plans_region_id_contract_id_year ON monitoring.reporting_plans (region_id, contract_id, year);
CREATE UNIQUE INDEX ix_reporting_settings_region_id ON monitoring.reporting_settings (region_id);
CREATE UNIQUE INDEX ix_spending_ceilings_region_id_provider_id_year ON monitoring.spending_ceilings (region_id, provider_id, year);
CREATE UNIQUE INDEX ix_trajectory_endings_region_id_contract_id_client_ref_ended_on ON monitoring.trajectory_endings (region_id, contract_id, client_ref, ended_on);

GRANT USAGE ON SCHEMA monitoring TO regional_app;
SELECT kernel.enable_tenant_isolation('monitoring.contract_reports', 'SELECT, INSERT, UPDATE, DELETE');
SELECT kernel.enable_tenant_isolation('monitoring.development_goals', 'SELECT, INSERT, UPDATE');
SELECT kernel.enable_tenant_isolation('monitoring.indicators', 'SELECT, INSERT', 'optional');
SELECT kernel.enable_tenant_isolation('monitoring.indicator_values', 'SELECT, INSERT', 'optional');
SELECT kernel.enable_tenant_isolation('monitoring.kpi_measurements', 'SELECT, INSERT, DELETE');
SELECT kernel.enable_tenant_isolation('monitoring.kpi_targets', 'SELECT, INSERT, UPDATE');
SELECT kernel.enable_tenant_isolation('monitoring.meeting_actions', 'SELECT, INSERT, UPDATE');
SELECT kernel.enable_tenant_isolation('monitoring.provider_meetings', 'SELECT, INSERT');
SELECT kernel.enable_tenant_isolation('monitoring.provider_profiles', 'SELECT, INSERT, UPDATE');
SELECT kernel.enable_tenant_isolation('monitoring.reporting_plans', 'SELECT, INSERT, UPDATE');
SELECT kernel.enable_tenant_isolation('monitoring.reporting_settings', 'SELECT, INSERT, UPDATE');
SELECT kernel.enable_tenant_isolation('monitoring.spending_ceilings', 'SELECT, INSERT, UPDATE');
SELECT kernel.enable_tenant_isolation('monitoring.trajectory_endings', 'SELECT, INSERT');
