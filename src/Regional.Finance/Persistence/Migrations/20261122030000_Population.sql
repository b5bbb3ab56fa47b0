-- Population figures per municipality and reference date (CBS), imported for keys by inhabitants.
CREATE TABLE finance.population_figures (
    id uuid NOT NULL,
    region_id uuid NOT NULL,
    municipality_id uuid NOT NULL,
    reference_date date NOT NULL,
    inhabitants integer NOT NULL,
    inhabitants_aged0_to17 integer,
    source text NOT NULL,
    CONSTRAINT pk_population_figures PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_population_figures_region_id_reference_date_municipality_id ON finance.population_figures (region_id, reference_date, municipality_id);

SELECT kernel.enable_tenant_isolation('finance.population_figures', 'SELECT, INSERT');
