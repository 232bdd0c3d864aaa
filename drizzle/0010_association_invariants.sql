-- Triggers that guard live changes step aside while a backup is restored (restore.ts sets this
-- for its own transaction), so history already decided can come back in.
CREATE FUNCTION triarchy_restoring() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('triarchy.restoring', true), '') = 'on'
$$;
--> statement-breakpoint
-- A proposal's definition is fixed once voting opens; it opens and closes only at its times; a
-- closed or cancelled proposal never changes again, so its result stays what it was at closing.
CREATE FUNCTION proposals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('closed', 'cancelled') THEN
    RAISE EXCEPTION 'proposal % is % and can no longer change', OLD.id, OLD.status
      USING ERRCODE = '23514', CONSTRAINT = 'proposals_final';
  END IF;
  IF OLD.status = 'open' AND (NEW.title, NEW.body, NEW.method, NEW.options, NEW.threshold_numerator, NEW.threshold_denominator,
      NEW.score_max, NEW.electorate_roles, NEW.quorum_percent, NEW.ballot, NEW.opens_at, NEW.closes_at, NEW.electorate_size, NEW.opened_at)
      IS DISTINCT FROM (OLD.title, OLD.body, OLD.method, OLD.options, OLD.threshold_numerator, OLD.threshold_denominator,
      OLD.score_max, OLD.electorate_roles, OLD.quorum_percent, OLD.ballot, OLD.opens_at, OLD.closes_at, OLD.electorate_size, OLD.opened_at) THEN
    RAISE EXCEPTION 'proposal % is open for voting: its terms are fixed', OLD.id
      USING ERRCODE = '23514', CONSTRAINT = 'proposals_fixed';
  END IF;
  IF NEW.status = 'open' AND OLD.status = 'scheduled' AND clock_timestamp() < OLD.opens_at THEN
    RAISE EXCEPTION 'proposal % opens at %', OLD.id, OLD.opens_at USING ERRCODE = '23514', CONSTRAINT = 'proposals_opening';
  END IF;
  IF NEW.status = 'closed' AND clock_timestamp() < OLD.closes_at THEN
    RAISE EXCEPTION 'proposal % closes at %', OLD.id, OLD.closes_at USING ERRCODE = '23514', CONSTRAINT = 'proposals_closing';
  END IF;
  IF NEW.status = 'closed' AND OLD.status <> 'open' THEN
    RAISE EXCEPTION 'proposal % was never open', OLD.id USING ERRCODE = '23514', CONSTRAINT = 'proposals_closing';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER proposals_guard BEFORE UPDATE ON proposals FOR EACH ROW EXECUTE FUNCTION proposals_guard();
--> statement-breakpoint
-- The electorate is frozen when voting opens: electors go in only while the proposal is still
-- scheduled (the opening transaction adds them, then opens it), and never change after.
CREATE FUNCTION proposal_electors_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF triarchy_restoring() OR pg_trigger_depth() > 1 THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'INSERT' AND (SELECT status FROM proposals WHERE id = NEW.proposal_id) = 'scheduled' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the electorate of proposal % is frozen', COALESCE(NEW.proposal_id, OLD.proposal_id)
    USING ERRCODE = '23514', CONSTRAINT = 'proposal_electors_frozen';
END $$;
--> statement-breakpoint
CREATE TRIGGER proposal_electors_frozen BEFORE INSERT OR UPDATE OR DELETE ON proposal_electors
  FOR EACH ROW EXECUTE FUNCTION proposal_electors_frozen();
--> statement-breakpoint
-- Votes are cast and changed only while the proposal is open and inside its window. The key-share
-- lock on the proposal makes the closing transaction (which takes FOR UPDATE) wait for votes in
-- flight, and makes votes that come after it see that it has closed.
CREATE FUNCTION votes_window() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p record;
BEGIN
  IF triarchy_restoring() OR pg_trigger_depth() > 1 THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'votes are not deleted' USING ERRCODE = '23514', CONSTRAINT = 'votes_window';
  END IF;
  SELECT status, opens_at, closes_at INTO p FROM proposals WHERE id = NEW.proposal_id FOR KEY SHARE;
  IF p.status IS DISTINCT FROM 'open' OR clock_timestamp() < p.opens_at OR clock_timestamp() >= p.closes_at THEN
    RAISE EXCEPTION 'voting on proposal % is not open', NEW.proposal_id USING ERRCODE = '23514', CONSTRAINT = 'votes_window';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER votes_window BEFORE INSERT OR UPDATE OR DELETE ON votes FOR EACH ROW EXECUTE FUNCTION votes_window();
--> statement-breakpoint
-- A posting stays in its transaction's book and in a currency its account holds.
CREATE FUNCTION postings_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a record;
BEGIN
  SELECT book_id, currencies, code INTO a FROM accounts WHERE id = NEW.account_id;
  IF a.book_id IS DISTINCT FROM (SELECT book_id FROM transactions WHERE id = NEW.transaction_id) THEN
    RAISE EXCEPTION 'account % is not in this transaction''s book', a.code USING ERRCODE = '23514', CONSTRAINT = 'postings_same_book';
  END IF;
  IF NOT NEW.currency = ANY (a.currencies) THEN
    RAISE EXCEPTION 'account % does not hold %', a.code, NEW.currency USING ERRCODE = '23514', CONSTRAINT = 'postings_currency_held';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER postings_check BEFORE INSERT ON postings FOR EACH ROW EXECUTE FUNCTION postings_check();
--> statement-breakpoint
-- Balances and monthly sums follow the postings. The upserts' row locks serialize concurrent
-- postings to one account, and account_balances_floor fails the posting that would overdraw it.
CREATE FUNCTION postings_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a record;
  t record;
BEGIN
  SELECT type, allow_negative INTO a FROM accounts WHERE id = NEW.account_id;
  SELECT book_id, date, kind, counterparty_kind INTO t FROM transactions WHERE id = NEW.transaction_id;
  -- A row first, then the update: an upsert would check the floor against the posting alone
  -- (constraints are checked on the row proposed for insertion, before the conflict is found).
  INSERT INTO account_balances (account_id, currency, balance, postings, floor)
  VALUES (NEW.account_id, NEW.currency, 0, 0, CASE WHEN a.allow_negative THEN NULL WHEN a.type IN ('asset', 'expense') THEN 1 ELSE -1 END)
  ON CONFLICT ON CONSTRAINT account_balances_pkey DO NOTHING;
  UPDATE account_balances SET balance = balance + NEW.amount, postings = postings + 1
    WHERE account_id = NEW.account_id AND currency = NEW.currency;
  INSERT INTO ledger_months AS m (book_id, month, account_id, kind, counterparty_kind, currency, amount, postings)
  VALUES (t.book_id, date_trunc('month', t.date)::date, NEW.account_id, t.kind, t.counterparty_kind, NEW.currency, NEW.amount, 1)
  ON CONFLICT ON CONSTRAINT ledger_months_pkey DO UPDATE
    SET amount = m.amount + EXCLUDED.amount, postings = m.postings + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER postings_rollup AFTER INSERT ON postings FOR EACH ROW EXECUTE FUNCTION postings_rollup();
--> statement-breakpoint
-- At commit, every transaction written in it has at least two postings, summing to zero per currency.
CREATE FUNCTION transactions_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n integer;
  off record;
BEGIN
  SELECT count(*) INTO n FROM postings WHERE transaction_id = NEW.id;
  IF n < 2 THEN
    RAISE EXCEPTION 'transaction % has % posting(s); it needs at least two', NEW.id, n
      USING ERRCODE = '23514', CONSTRAINT = 'transactions_balanced';
  END IF;
  SELECT currency, sum(amount) AS total INTO off FROM postings WHERE transaction_id = NEW.id
    GROUP BY currency HAVING sum(amount) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'transaction % does not balance in %: off by %', NEW.id, off.currency, off.total
      USING ERRCODE = '23514', CONSTRAINT = 'transactions_balanced';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER transactions_balanced AFTER INSERT ON transactions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION transactions_balanced();
--> statement-breakpoint
-- The books are written once: corrections are reversing entries. Deletes cascading from a deleted
-- book (pg_trigger_depth() > 1) are the only way out.
CREATE FUNCTION ledger_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% rows are immutable once posted; post a reversing entry instead', TG_TABLE_NAME
    USING ERRCODE = '23514', CONSTRAINT = 'ledger_immutable';
END $$;
--> statement-breakpoint
CREATE TRIGGER transactions_immutable BEFORE UPDATE OR DELETE ON transactions FOR EACH ROW EXECUTE FUNCTION ledger_immutable();
--> statement-breakpoint
CREATE TRIGGER postings_immutable BEFORE UPDATE OR DELETE ON postings FOR EACH ROW EXECUTE FUNCTION ledger_immutable();
--> statement-breakpoint
-- Balances and monthly sums are written by postings_rollup alone (and cascades).
CREATE FUNCTION ledger_rollup_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION '% is maintained by the database from postings', TG_TABLE_NAME USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;
--> statement-breakpoint
CREATE TRIGGER account_balances_guard BEFORE INSERT OR UPDATE OR DELETE ON account_balances
  FOR EACH ROW EXECUTE FUNCTION ledger_rollup_guard();
--> statement-breakpoint
CREATE TRIGGER ledger_months_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger_months
  FOR EACH ROW EXECUTE FUNCTION ledger_rollup_guard();
--> statement-breakpoint
-- An expense is approved or paid only on an authority: a passed decision of its organization, or an
-- approved budget line of its organization, in its currency, with room left for it. The line's row
-- lock queues two treasurers approving against one line, so together they cannot overspend it.
-- Paid, rejected and withdrawn are final.
CREATE FUNCTION expenses_authority() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  line record;
  spent numeric;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status IN ('paid', 'rejected', 'withdrawn') THEN
    RAISE EXCEPTION 'expense % is % and can no longer change', OLD.id, OLD.status USING ERRCODE = '23514', CONSTRAINT = 'expenses_final';
  END IF;
  IF NEW.status NOT IN ('approved', 'paid') THEN
    RETURN NEW;
  END IF;
  IF NEW.approval = 'decision' THEN
    IF NOT EXISTS (SELECT 1 FROM proposals WHERE id = NEW.proposal_id AND organization_id = NEW.organization_id
                   AND status = 'closed' AND outcome = 'passed') THEN
      RAISE EXCEPTION 'expense % has no passed decision of its organization', NEW.id
        USING ERRCODE = '23514', CONSTRAINT = 'expenses_decision_passed';
    END IF;
  ELSIF TG_OP = 'INSERT' OR OLD.status <> 'approved' OR OLD.budget_line_id IS DISTINCT FROM NEW.budget_line_id THEN
    SELECT l.amount, l.currency, b.status, b.organization_id INTO line
      FROM budget_lines l JOIN budgets b ON b.id = l.budget_id WHERE l.id = NEW.budget_line_id FOR UPDATE OF l;
    IF line.status IS DISTINCT FROM 'approved' OR line.organization_id <> NEW.organization_id OR line.currency <> NEW.currency THEN
      RAISE EXCEPTION 'expense % is not within an approved budget line of its organization in %', NEW.id, NEW.currency
        USING ERRCODE = '23514', CONSTRAINT = 'expenses_budget_approved';
    END IF;
    SELECT coalesce(sum(amount), 0) INTO spent FROM expenses
      WHERE budget_line_id = NEW.budget_line_id AND status IN ('approved', 'paid') AND id <> NEW.id;
    IF spent + NEW.amount > line.amount THEN
      RAISE EXCEPTION 'budget line has % left; expense % needs %', line.amount - spent, NEW.id, NEW.amount
        USING ERRCODE = '23514', CONSTRAINT = 'expenses_budget_room';
    END IF;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER expenses_authority BEFORE INSERT OR UPDATE ON expenses FOR EACH ROW EXECUTE FUNCTION expenses_authority();
--> statement-breakpoint
-- A budget is approved or rejected only by its decision, and an approved one changes only by being
-- superseded by the next one the members approve for its year; its lines change only while it is a draft.
CREATE FUNCTION budgets_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status IN ('rejected', 'superseded') OR (OLD.status = 'approved' AND NEW.status <> 'superseded')) THEN
    RAISE EXCEPTION 'budget % is % and can no longer change', OLD.id, OLD.status USING ERRCODE = '23514', CONSTRAINT = 'budgets_final';
  END IF;
  IF NEW.status = 'approved' AND NOT EXISTS (SELECT 1 FROM proposals WHERE id = NEW.proposal_id
      AND organization_id = NEW.organization_id AND status = 'closed' AND outcome = 'passed') THEN
    RAISE EXCEPTION 'budget % has no passed decision', NEW.id USING ERRCODE = '23514', CONSTRAINT = 'budgets_decision_passed';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER budgets_guard BEFORE INSERT OR UPDATE ON budgets FOR EACH ROW EXECUTE FUNCTION budgets_guard();
--> statement-breakpoint
CREATE FUNCTION budget_lines_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF triarchy_restoring() OR pg_trigger_depth() > 1 THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF (SELECT status FROM budgets WHERE id = COALESCE(NEW.budget_id, OLD.budget_id)) <> 'draft' THEN
    RAISE EXCEPTION 'budget lines change only while the budget is a draft' USING ERRCODE = '23514', CONSTRAINT = 'budget_lines_draft_only';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;
--> statement-breakpoint
CREATE TRIGGER budget_lines_draft_only BEFORE INSERT OR UPDATE OR DELETE ON budget_lines
  FOR EACH ROW EXECUTE FUNCTION budget_lines_draft_only();
--> statement-breakpoint
-- A donation is reviewed once.
CREATE FUNCTION donations_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'pending' THEN
    RAISE EXCEPTION 'donation % is already %', OLD.id, OLD.status USING ERRCODE = '23514', CONSTRAINT = 'donations_final';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER donations_final BEFORE UPDATE ON donations FOR EACH ROW EXECUTE FUNCTION donations_final();
