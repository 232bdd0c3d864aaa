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
