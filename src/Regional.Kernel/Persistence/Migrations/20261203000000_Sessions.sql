-- A cookie names its session; signing out ends the session in the database, so the cookie is worthless afterwards.
CREATE TABLE kernel.user_sessions (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    CONSTRAINT pk_user_sessions PRIMARY KEY (id),
    CONSTRAINT fk_user_sessions_users_user_id FOREIGN KEY (user_id) REFERENCES kernel.users (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_sessions_user_id ON kernel.user_sessions (user_id);
GRANT SELECT, INSERT ON kernel.user_sessions TO regional_app;
GRANT UPDATE (ended_at) ON kernel.user_sessions TO regional_app;

-- The security stamp changes with the password or any role, whichever code (or operator) makes the change;
-- every session carrying the old stamp ends at its next request.
ALTER TABLE kernel.users ADD COLUMN security_stamp uuid NOT NULL DEFAULT gen_random_uuid();

CREATE FUNCTION kernel.renew_stamp_on_password() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        NEW.security_stamp := gen_random_uuid();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER renew_stamp_on_password BEFORE UPDATE OF password_hash ON kernel.users
    FOR EACH ROW EXECUTE FUNCTION kernel.renew_stamp_on_password();

CREATE FUNCTION kernel.renew_stamp_on_roles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE kernel.users SET security_stamp = gen_random_uuid()
    WHERE id = CASE TG_OP WHEN 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
    RETURN NULL;
END $$;
CREATE TRIGGER renew_stamp_on_roles AFTER INSERT OR UPDATE OR DELETE ON kernel.role_assignments
    FOR EACH ROW EXECUTE FUNCTION kernel.renew_stamp_on_roles();

-- Attempts refused because the name was locked are recorded, but do not count as failures themselves.
ALTER TABLE kernel.sign_in_events ADD COLUMN locked_out boolean NOT NULL DEFAULT false;

-- Whether the transaction's user sees the whole region (regional roles, background work) or only the municipalities
-- in app.municipality_ids. Unset means not: fail closed.
CREATE FUNCTION kernel.current_sees_whole_region() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(current_setting('app.whole_region', true), '') = 'on' $$;
GRANT EXECUTE ON FUNCTION kernel.current_sees_whole_region() TO regional_app;

-- An audit entry about a member's row is read only by those who see that member; region-level entries only by those
-- who see the whole region.
ALTER TABLE kernel.audit_log ADD COLUMN municipality_id uuid;
DROP POLICY audit_read ON kernel.audit_log;
CREATE POLICY audit_read ON kernel.audit_log FOR SELECT USING (
    region_id = (SELECT kernel.current_region_id())
    AND ((SELECT kernel.current_sees_whole_region()) OR municipality_id = ANY ((SELECT kernel.current_municipality_ids())::uuid[])));
