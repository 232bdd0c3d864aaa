-- credit_days follows contributions: every contribution that is (or becomes) accepted adds to its
-- day's row. Accepted is final (contributions_final), so nothing is ever taken away; a commons'
-- deletion cascades to both. The upsert's row lock keeps concurrent accepts exact.
CREATE FUNCTION contributions_credit_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'accepted' AND (TG_OP = 'INSERT' OR OLD.status <> 'accepted') THEN
    INSERT INTO credit_days AS d (commons_id, day, funding, paid_by_id, work, contributions, size)
    VALUES (NEW.commons_id, NEW.performed_on, NEW.funding, NEW.paid_by_id, NEW.type = 'work', 1, NEW.size)
    ON CONFLICT ON CONSTRAINT credit_days_key DO UPDATE
      SET contributions = d.contributions + 1, size = d.size + EXCLUDED.size;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contributions_credit_rollup AFTER INSERT OR UPDATE OF status ON contributions
  FOR EACH ROW EXECUTE FUNCTION contributions_credit_rollup();
--> statement-breakpoint
-- Contributions accepted before this migration.
INSERT INTO credit_days (commons_id, day, funding, paid_by_id, work, contributions, size)
  SELECT commons_id, performed_on, funding, paid_by_id, type = 'work', count(*), sum(size)
  FROM contributions WHERE status = 'accepted'
  GROUP BY commons_id, performed_on, funding, paid_by_id, type = 'work';
--> statement-breakpoint
-- The rollup is written by the trigger alone.
CREATE FUNCTION credit_days_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'credit_days is maintained by the database from contributions' USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;
--> statement-breakpoint
CREATE TRIGGER credit_days_guard BEFORE INSERT OR UPDATE OR DELETE ON credit_days
  FOR EACH ROW EXECUTE FUNCTION credit_days_guard();
--> statement-breakpoint
