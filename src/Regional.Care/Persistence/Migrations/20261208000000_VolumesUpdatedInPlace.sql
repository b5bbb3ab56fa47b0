-- Every accepted line updates its toewijzing's running volume, once a month for as long as the care runs. With pages
-- half empty the new row version stays on its page and no index changes (a heap-only update), which halved the cost of
-- keeping the totals in the declarations bench. Pages written before keep their old fill until they are rewritten.
ALTER TABLE care.assignment_volumes SET (fillfactor = 50);
