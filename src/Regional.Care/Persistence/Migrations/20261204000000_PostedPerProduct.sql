-- Declarations are now booked per product and group of lines (cause declaratie:{id}:{product}:{group}) instead of per
-- line (declaratie:{id}:{position}). A declaration whose per-line posting a stopped host of the previous version left
-- unfinished would be booked a second time the new way, so the upgrade stops until that posting is complete.
-- Row-level security is forced on the owner too, so it is lifted for this look across regions and forced again.
DO $$
DECLARE
    unfinished uuid;
BEGIN
    IF to_regclass('finance.journal_entries') IS NULL THEN
        RETURN;
    END IF;
    ALTER TABLE care.declarations NO FORCE ROW LEVEL SECURITY;
    ALTER TABLE finance.journal_entries NO FORCE ROW LEVEL SECURITY;
    SELECT d.id INTO unfinished FROM care.declarations d
    WHERE d.posted_at IS NULL
      AND EXISTS (SELECT 1 FROM finance.journal_entries e WHERE e.idempotency_key LIKE 'cost:declaratie:' || replace(d.id::text, '-', '') || ':%')
    LIMIT 1;
    ALTER TABLE finance.journal_entries FORCE ROW LEVEL SECURITY;
    ALTER TABLE care.declarations FORCE ROW LEVEL SECURITY;
    IF unfinished IS NOT NULL THEN
        RAISE EXCEPTION 'Declaration % was posted in part by the previous version. Let that version complete it (send the file again, or wait five minutes for the posting sweep), then upgrade.', unfinished;
    END IF;
END $$;
