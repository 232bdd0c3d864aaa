-- Four migrations were edited after they had been committed (0003, 0010, 0013 and 0014), and the
-- migrator never runs a migration twice: a database migrated before an edit kept the old definitions.
-- This one brings such a database to the definitions those files hold now, and changes nothing on one
-- that already has them (every statement replaces or recreates):
-- - 0003: revisions_sequence lets a restore bring back revisions up to a document's head (the edit to
--   the covering index contributions_credit_idx needs nothing: 0008 drops that index);
-- - 0010: the balance upsert checked the floor against the posting alone; 0014 replaced that function
--   with postings_rollup in every version, so nothing is left of it to fix;
-- - 0013: distributions_exact, phyle_beneficiaries_whole and phyle_commitments_exact pick their row in IF
--   branches (a CASE naming both tables' columns failed on every insert), and distributions_exact sums
--   each distribution once per transaction;
-- - 0014: the posting checks run once per INSERT statement (postings_check over new_postings) and the
--   derived tables' guards once per statement.
-- From now on a committed migration is never edited (src/db/migrations.test.ts holds their hashes).
-- 0003
CREATE OR REPLACE FUNCTION revisions_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE documents SET head = NEW.number, updated_at = now()
    WHERE id = NEW.document_id AND head = NEW.number - 1;
  IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND head >= NEW.number) THEN
    RAISE EXCEPTION 'revision % is not the next revision of its document', NEW.number
      USING ERRCODE = '23505', CONSTRAINT = 'revisions_sequence';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- 0013
CREATE OR REPLACE FUNCTION distributions_exact() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
  flag text;
  expected bigint;
  total numeric;
BEGIN
  -- Each branch is planned only when it runs: one expression naming both columns would fail on the table lacking one.
  IF TG_TABLE_NAME = 'distributions' THEN target := NEW.id; ELSE target := NEW.distribution_id; END IF;
  -- Every share queues this check; one sum per distribution and transaction is enough (10,000 shares
  -- would otherwise sum 10,000 times at commit). Shares are immutable, so none can change after it.
  flag := 'triarchy.exact_' || replace(target::text, '-', '');
  IF current_setting(flag, true) = 'checked' THEN RETURN NULL; END IF;
  PERFORM set_config(flag, 'checked', true);
  SELECT amount INTO expected FROM distributions WHERE id = target;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT coalesce(sum(amount), 0) INTO total FROM distribution_shares WHERE distribution_id = target;
  IF total <> expected THEN
    RAISE EXCEPTION 'distribution % shares sum to %, not %', target, total, expected
      USING ERRCODE = '23514', CONSTRAINT = 'distributions_exact';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION phyle_beneficiaries_whole() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
  total bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN target := OLD.enterprise_id; ELSE target := NEW.enterprise_id; END IF;
  IF NOT EXISTS (SELECT 1 FROM phyle_charters WHERE enterprise_id = target) THEN RETURN NULL; END IF;
  SELECT coalesce(sum(weight_bp), 0) INTO total FROM phyle_beneficiaries WHERE enterprise_id = target;
  IF total <> 10000 THEN
    RAISE EXCEPTION 'a phyle''s beneficiaries must share 100%% of its commitment, not % basis points', total
      USING ERRCODE = '23514', CONSTRAINT = 'phyle_beneficiaries_whole';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION phyle_commitments_exact() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
  expected bigint;
  total numeric;
BEGIN
  IF TG_TABLE_NAME = 'phyle_periods' THEN target := NEW.id; ELSE target := NEW.period_id; END IF;
  SELECT committed INTO expected FROM phyle_periods WHERE id = target;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT coalesce(sum(amount), 0) INTO total FROM phyle_commitments WHERE period_id = target;
  IF total <> expected THEN
    RAISE EXCEPTION 'phyle period % commitments sum to %, not %', target, total, expected
      USING ERRCODE = '23514', CONSTRAINT = 'phyle_commitments_exact';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- 0014: the row-level trigger goes first, since the new body reads the statement's transition table.
DROP TRIGGER IF EXISTS postings_check ON postings;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION postings_check() RETURNS trigger LANGUAGE plpgsql AS $$
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
DROP TRIGGER IF EXISTS account_balances_guard ON account_balances;
--> statement-breakpoint
DROP TRIGGER IF EXISTS ledger_months_guard ON ledger_months;
--> statement-breakpoint
CREATE TRIGGER account_balances_guard BEFORE INSERT OR UPDATE OR DELETE ON account_balances
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_guard();
--> statement-breakpoint
CREATE TRIGGER ledger_months_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger_months
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_rollup_guard();
