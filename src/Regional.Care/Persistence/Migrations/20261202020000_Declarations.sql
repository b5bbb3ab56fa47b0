-- Declarations (iJw/iWmo 323 and CSV) with their checked lines, the region's declaration rules, and the
-- queue of background imports. Declarations and lines are municipality-owned: a member sees only its own.
CREATE TABLE care.declarations (
    id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    domain text NOT NULL,
    format text NOT NULL,
    message_id text NOT NULL,
    message_dated date NOT NULL,
    number text NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    total_declared numeric(14,2) NOT NULL,
    total_accepted numeric(14,2) NOT NULL,
    line_count integer NOT NULL,
    accepted_count integer NOT NULL,
    content_hash text NOT NULL,
    basisschema_version text,
    message_xsd_version text,
    received_at timestamp with time zone NOT NULL,
    received_by text NOT NULL,
    deadline date NOT NULL,
    late boolean NOT NULL,
    answer_due_on date NOT NULL,
    answered_at timestamp with time zone,
    posted_at timestamp with time zone,
    region_id uuid NOT NULL,
    CONSTRAINT pk_declarations PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_declarations_region_id_provider_id_message_id ON care.declarations (region_id, provider_id, message_id);
CREATE UNIQUE INDEX ix_declarations_region_id_provider_id_number ON care.declarations (region_id, provider_id, number);
CREATE INDEX ix_declarations_region_id_municipality_id_period_start ON care.declarations (region_id, municipality_id, period_start);

-- A line is never changed: the app may only add and read them.
CREATE TABLE care.declaration_lines (
    declaration_id uuid NOT NULL,
    position integer NOT NULL,
    region_id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    client_hash text NOT NULL,
    client_masked text NOT NULL,
    client_cipher text,
    reference text NOT NULL,
    previous_reference text,
    credit boolean NOT NULL,
    assignment_number text NOT NULL,
    assignment_id uuid,
    product_id uuid,
    contract_id uuid,
    category text NOT NULL,
    product_code text NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    volume numeric NOT NULL,
    unit text NOT NULL,
    tariff numeric(14,2),
    amount numeric(14,2) NOT NULL,
    accepted boolean NOT NULL,
    retour_codes text[] NOT NULL,
    CONSTRAINT pk_declaration_lines PRIMARY KEY (declaration_id, position),
    CONSTRAINT fk_declaration_lines_declarations_declaration_id FOREIGN KEY (declaration_id) REFERENCES care.declarations (id) ON DELETE CASCADE
);
-- An accepted reference is taken for good (8021); a rejected one may be sent again, corrected.
CREATE UNIQUE INDEX ix_declaration_lines_accepted_reference ON care.declaration_lines (region_id, provider_id, municipality_id, reference) WHERE accepted;
CREATE INDEX ix_declaration_lines_region_id_assignment_id ON care.declaration_lines (region_id, assignment_id);

CREATE TABLE care.declaration_settings (
    id uuid NOT NULL,
    deadline_months integer NOT NULL,
    answer_working_days integer NOT NULL,
    region_id uuid NOT NULL,
    CONSTRAINT pk_declaration_settings PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_declaration_settings_region_id ON care.declaration_settings (region_id);

CREATE TABLE care.import_jobs (
    id uuid NOT NULL,
    kind text NOT NULL,
    file_name text NOT NULL,
    size_bytes bigint NOT NULL,
    submitted_by text NOT NULL,
    municipality_ids uuid[] NOT NULL,
    created_at timestamp with time zone NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL,
    claimed_by text,
    lease_until timestamp with time zone,
    phase text,
    progress_lines bigint NOT NULL,
    result_id uuid,
    result_text text,
    finished_at timestamp with time zone,
    region_id uuid NOT NULL,
    CONSTRAINT pk_import_jobs PRIMARY KEY (id)
);
CREATE INDEX ix_import_jobs_region_id_created_at ON care.import_jobs (region_id, created_at);

CREATE TABLE care.import_job_chunks (
    job_id uuid NOT NULL,
    sequence integer NOT NULL,
    region_id uuid NOT NULL,
    data bytea NOT NULL,
    CONSTRAINT pk_import_job_chunks PRIMARY KEY (job_id, sequence),
    CONSTRAINT fk_import_job_chunks_import_jobs_job_id FOREIGN KEY (job_id) REFERENCES care.import_jobs (id) ON DELETE CASCADE
);

SELECT kernel.enable_tenant_isolation('care.declarations', 'SELECT, INSERT, UPDATE', 'required');
SELECT kernel.enable_tenant_isolation('care.declaration_lines', 'SELECT, INSERT', 'required');
SELECT kernel.enable_tenant_isolation('care.declaration_settings', 'SELECT, INSERT, UPDATE');
SELECT kernel.enable_tenant_isolation('care.import_jobs', 'SELECT, INSERT, UPDATE');
SELECT kernel.enable_tenant_isolation('care.import_job_chunks', 'SELECT, INSERT, DELETE');

-- Any replica claims the oldest waiting job of any region. Claiming runs as the schema owner (SECURITY
-- DEFINER), which alone has a policy to see every region's jobs; it hands back only the job's id and region,
-- and the replica then works inside that region's tenant scope. A job whose replica died (lease expired) is
-- taken up again; after three attempts it is failed, so a file that crashes a host cannot crash them all.
CREATE POLICY job_claims ON care.import_jobs TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE FUNCTION care.claim_import_job(worker text, lease_seconds integer)
    RETURNS TABLE (job_id uuid, job_region_id uuid)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE care.import_jobs SET status = 'Failed', finished_at = now(), lease_until = NULL,
        result_text = 'Afgebroken: de import stopte drie keer onverwacht. Bied het bestand opnieuw aan of neem contact op met beheer.'
    WHERE status = 'Running' AND lease_until < now() AND attempts >= 3;
    RETURN QUERY
    UPDATE care.import_jobs j SET status = 'Running', claimed_by = worker, lease_until = now() + make_interval(secs => lease_seconds), attempts = j.attempts + 1
    WHERE j.id = (SELECT q.id FROM care.import_jobs q WHERE q.status = 'Queued' OR (q.status = 'Running' AND q.lease_until < now())
                  ORDER BY q.created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING j.id, j.region_id;
END $$;
REVOKE ALL ON FUNCTION care.claim_import_job(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION care.claim_import_job(text, integer) TO regional_app;
