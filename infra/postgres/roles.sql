-- Roles and database for Regional. Run once per cluster as a superuser, e.g.
--   psql -v owner_password="'...'" -v app_password="'...'" -f infra/postgres/roles.sql
-- The host runs this same file when it creates its private development cluster.
--
-- regional_owner  owns the database, the schemas and every table; used only by `migrate`.
-- regional_app    group role the migrations grant table rights to; owns nothing, no BYPASSRLS.
-- regional_web    the login the web host and jobs use; member of regional_app, nothing more.
SELECT format('CREATE ROLE regional_owner LOGIN PASSWORD %L', :owner_password)
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regional_owner') \gexec
SELECT format('ALTER ROLE regional_owner PASSWORD %L', :owner_password) \gexec
SELECT 'CREATE ROLE regional_app NOLOGIN NOSUPERUSER NOBYPASSRLS'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regional_app') \gexec
SELECT format('CREATE ROLE regional_web LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE IN ROLE regional_app PASSWORD %L', :app_password)
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regional_web') \gexec
SELECT format('ALTER ROLE regional_web PASSWORD %L', :app_password) \gexec
SELECT 'CREATE DATABASE regional OWNER regional_owner ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'regional') \gexec
