-- A transaction's postings are written with it, in the database transaction that creates it: a later
-- posting (even a balanced pair) would change an entry already in the books. posted_at defaults to
-- now(), the creating transaction's start, so any other transaction sees a different value.
CREATE OR REPLACE FUNCTION postings_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a record;
  t record;
BEGIN
  SELECT book_id, currencies, code INTO a FROM accounts WHERE id = NEW.account_id;
  SELECT book_id, posted_at INTO t FROM transactions WHERE id = NEW.transaction_id;
  IF t.posted_at IS DISTINCT FROM now() AND NOT triarchy_restoring() THEN
    RAISE EXCEPTION 'transaction % is already in the books; post a new entry instead', NEW.transaction_id
      USING ERRCODE = '23514', CONSTRAINT = 'ledger_immutable';
  END IF;
  IF a.book_id IS DISTINCT FROM t.book_id THEN
    RAISE EXCEPTION 'account % is not in this transaction''s book', a.code USING ERRCODE = '23514', CONSTRAINT = 'postings_same_book';
  END IF;
  IF NOT NEW.currency = ANY (a.currencies) THEN
    RAISE EXCEPTION 'account % does not hold %', a.code, NEW.currency USING ERRCODE = '23514', CONSTRAINT = 'postings_currency_held';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- What postings and balances rely on stays fixed: an account keeps its book, name, type and overdraft
-- rule, and may take on currencies but never drop one.
CREATE FUNCTION accounts_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.book_id, NEW.code, NEW.type, NEW.allow_negative) IS DISTINCT FROM (OLD.book_id, OLD.code, OLD.type, OLD.allow_negative)
     OR NOT NEW.currencies @> OLD.currencies THEN
    RAISE EXCEPTION 'account % keeps its book, code, type, overdraft rule and currencies', OLD.code
      USING ERRCODE = '23514', CONSTRAINT = 'accounts_fixed';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER accounts_guard BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION accounts_guard();
