-- Entries posted at the same time touch the same balance and month rows. The rollup took those
-- rows' locks in whatever order its plan met them (a scan's order follows where updated rows were
-- last written), so two entries could each hold a row the other needed: PostgreSQL broke the cycle
-- by failing one with 40P01. Every statement below now takes its rows in key order, so concurrent
-- entries wait for each other instead; the application also retries a transaction that still
-- meets a deadlock or a serialization failure (src/db/retry.ts).
CREATE OR REPLACE FUNCTION postings_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A row first, then the update: an upsert would check the floor against the new postings alone
  -- (constraints are checked on the row proposed for insertion, before the conflict is found).
  INSERT INTO account_balances (account_id, currency, balance, postings, floor)
  SELECT n.account_id, n.currency, 0, 0,
         CASE WHEN a.allow_negative THEN NULL WHEN a.type IN ('asset', 'expense') THEN 1 ELSE -1 END
  FROM (SELECT DISTINCT account_id, currency FROM new_postings) n JOIN accounts a ON a.id = n.account_id
  ORDER BY n.account_id, n.currency
  ON CONFLICT ON CONSTRAINT account_balances_pkey DO NOTHING;
  PERFORM 1 FROM account_balances b
  WHERE (b.account_id, b.currency) IN (SELECT account_id, currency FROM new_postings)
  ORDER BY b.account_id, b.currency
  FOR UPDATE;
  UPDATE account_balances b SET balance = b.balance + s.total, postings = b.postings + s.n
  FROM (SELECT account_id, currency, sum(amount) AS total, count(*)::int AS n FROM new_postings GROUP BY account_id, currency) s
  WHERE b.account_id = s.account_id AND b.currency = s.currency;
  INSERT INTO ledger_months AS m (book_id, month, account_id, kind, counterparty_kind, currency, amount, postings)
  SELECT t.book_id, date_trunc('month', t.date)::date, p.account_id, t.kind, t.counterparty_kind, p.currency, sum(p.amount), count(*)::int
  FROM new_postings p JOIN transactions t ON t.id = p.transaction_id
  GROUP BY t.book_id, date_trunc('month', t.date)::date, p.account_id, t.kind, t.counterparty_kind, p.currency
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ON CONSTRAINT ledger_months_pkey DO UPDATE
    SET amount = m.amount + EXCLUDED.amount, postings = m.postings + EXCLUDED.postings;
  RETURN NULL;
END $$;
