-- Balances and monthly sums are kept once per INSERT statement instead of once per posting: a
-- distribution to 10,000 contributors is one statement of 10,000 postings, which the row trigger
-- turned into 50,000 statements. The floor check now sees each account's net change per statement
-- (a transaction posts all its postings in one statement), so it refuses the same overdrafts.
DROP TRIGGER postings_rollup ON postings;
--> statement-breakpoint
DROP FUNCTION postings_rollup();
--> statement-breakpoint
CREATE FUNCTION postings_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A row first, then the update: an upsert would check the floor against the new postings alone
  -- (constraints are checked on the row proposed for insertion, before the conflict is found).
  INSERT INTO account_balances (account_id, currency, balance, postings, floor)
  SELECT n.account_id, n.currency, 0, 0,
         CASE WHEN a.allow_negative THEN NULL WHEN a.type IN ('asset', 'expense') THEN 1 ELSE -1 END
  FROM (SELECT DISTINCT account_id, currency FROM new_postings) n JOIN accounts a ON a.id = n.account_id
  ON CONFLICT ON CONSTRAINT account_balances_pkey DO NOTHING;
  UPDATE account_balances b SET balance = b.balance + s.total, postings = b.postings + s.n
  FROM (SELECT account_id, currency, sum(amount) AS total, count(*)::int AS n FROM new_postings GROUP BY account_id, currency) s
  WHERE b.account_id = s.account_id AND b.currency = s.currency;
  INSERT INTO ledger_months AS m (book_id, month, account_id, kind, counterparty_kind, currency, amount, postings)
  SELECT t.book_id, date_trunc('month', t.date)::date, p.account_id, t.kind, t.counterparty_kind, p.currency, sum(p.amount), count(*)::int
  FROM new_postings p JOIN transactions t ON t.id = p.transaction_id
  GROUP BY t.book_id, date_trunc('month', t.date)::date, p.account_id, t.kind, t.counterparty_kind, p.currency
  ON CONFLICT ON CONSTRAINT ledger_months_pkey DO UPDATE
    SET amount = m.amount + EXCLUDED.amount, postings = m.postings + EXCLUDED.postings;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER postings_rollup AFTER INSERT ON postings REFERENCING NEW TABLE AS new_postings
  FOR EACH STATEMENT EXECUTE FUNCTION postings_rollup();
--> statement-breakpoint
-- The same for the checks on new postings: one query per INSERT statement over all its rows (the
-- book, the currencies held, and no posting added to an entry already in the books), instead of two
-- lookups per posting. It runs after the statement's rows are in, so it may also read them.
DROP TRIGGER postings_check ON postings;
--> statement-breakpoint
DROP FUNCTION postings_check();
--> statement-breakpoint
CREATE FUNCTION postings_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT p.transaction_id, a.code, p.currency,
         t.posted_at IS DISTINCT FROM now() AND NOT triarchy_restoring() AS closed,
         a.book_id IS DISTINCT FROM t.book_id AS elsewhere
  INTO bad
  FROM new_postings p JOIN accounts a ON a.id = p.account_id JOIN transactions t ON t.id = p.transaction_id
  WHERE (t.posted_at IS DISTINCT FROM now() AND NOT triarchy_restoring())
     OR a.book_id IS DISTINCT FROM t.book_id
     OR NOT p.currency = ANY (a.currencies)
  LIMIT 1;
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF bad.closed THEN
    RAISE EXCEPTION 'transaction % is already in the books; post a new entry instead', bad.transaction_id
      USING ERRCODE = '23514', CONSTRAINT = 'ledger_immutable';
  ELSIF bad.elsewhere THEN
    RAISE EXCEPTION 'account % is not in this transaction''s book', bad.code USING ERRCODE = '23514', CONSTRAINT = 'postings_same_book';
  ELSE
    RAISE EXCEPTION 'account % does not hold %', bad.code, bad.currency USING ERRCODE = '23514', CONSTRAINT = 'postings_currency_held';
  END IF;
END $$;
--> statement-breakpoint
CREATE TRIGGER postings_check AFTER INSERT ON postings REFERENCING NEW TABLE AS new_postings
  FOR EACH STATEMENT EXECUTE FUNCTION postings_check();
--> statement-breakpoint
-- The derived tables refuse writes from anywhere but the rollup once per statement, not once per row.
DROP TRIGGER account_balances_guard ON account_balances;
--> statement-breakpoint
DROP TRIGGER ledger_months_guard ON ledger_months;
--> statement-breakpoint
CREATE TRIGGER account_balances_guard BEFORE INSERT OR UPDATE OR DELETE ON account_balances
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_guard();
--> statement-breakpoint
CREATE TRIGGER ledger_months_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger_months
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_guard();
