-- The balance check is deferred to commit and fires once per posting, in insertion order. An entry's
-- postings arrive together, so remember the entry just found balanced and skip its other postings: at
-- commit nothing can be added to it any more. Same guarantee, a third of the work.
CREATE OR REPLACE FUNCTION finance.check_entry_balances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('finance.balanced_entry', true) = NEW.entry_id::text THEN
        RETURN NULL;
    END IF;
    IF (SELECT coalesce(sum(amount), 0) FROM finance.postings WHERE entry_id = NEW.entry_id) <> 0 THEN
        RAISE EXCEPTION 'journal entry % does not balance: its postings must sum to zero', NEW.entry_id;
    END IF;
    PERFORM set_config('finance.balanced_entry', NEW.entry_id::text, true);
    RETURN NULL;
END $$;
