-- The outbox of integration events (see IntegrationEvents): the app writes events in its region and reads them back;
-- workers take them across regions only through the two functions below, which run as the schema owner (the one
-- policy that sees every region). An event is handed to one worker at a time for a lease; a worker that dies leaves
-- it to be handed out again when the lease ends. A failure postpones the next attempt (2, 4, 8 ... up to 300 s);
-- after ten attempts the event stays, with its last error, for an operator.
SELECT kernel.enable_tenant_isolation('kernel.outbox_messages', 'SELECT, INSERT');
CREATE POLICY outbox_delivery ON kernel.outbox_messages TO CURRENT_USER USING (true) WITH CHECK (true);

CREATE FUNCTION kernel.claim_outbox_messages(max_count integer, lease_seconds integer)
    RETURNS TABLE (message_id uuid, message_region_id uuid, message_name text, message_payload text)
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    UPDATE kernel.outbox_messages m SET lease_until = now() + make_interval(secs => lease_seconds), attempts = m.attempts + 1
    WHERE m.id IN (SELECT q.id FROM kernel.outbox_messages q
                   WHERE q.delivered_at IS NULL AND q.attempts < 10 AND (q.lease_until IS NULL OR q.lease_until < now())
                   ORDER BY q.created_at LIMIT max_count FOR UPDATE SKIP LOCKED)
    RETURNING m.id, m.region_id, m.name, m.payload::text
$$;

CREATE FUNCTION kernel.finish_outbox_message(message_id uuid, failure text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    UPDATE kernel.outbox_messages
    SET delivered_at = CASE WHEN failure IS NULL THEN now() END,
        last_error = left(failure, 2000),
        lease_until = CASE WHEN failure IS NULL THEN NULL ELSE now() + make_interval(secs => least(300, power(2, attempts)::integer)) END
    WHERE id = message_id
$$;

REVOKE ALL ON FUNCTION kernel.claim_outbox_messages(integer, integer), kernel.finish_outbox_message(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kernel.claim_outbox_messages(integer, integer), kernel.finish_outbox_message(uuid, text) TO regional_app;
