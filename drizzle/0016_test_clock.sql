-- The database's clock for its time rules (a proposal opens and closes only at its times, votes only
-- inside the window): the real time plus an offset that only tests move (src/test/clock.ts), so a test
-- reaches a closing time without waiting for it; the app's own time decisions read the same offset
-- (src/now.ts). The offset is a sequence's value, in milliseconds: setval is seen at once by every
-- connection of a pool, inside a transaction or not, reading it is one buffer, and a backup (which
-- copies tables) neither carries nor restores it. Nothing but the tests' helper sets it: it stays 0.
CREATE SEQUENCE IF NOT EXISTS triarchy_clock_offset_ms AS bigint MINVALUE 0 START 0;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION triarchy_now() RETURNS timestamptz LANGUAGE sql VOLATILE AS $$
  SELECT clock_timestamp() + last_value * interval '1 millisecond' FROM triarchy_clock_offset_ms
$$;
--> statement-breakpoint
-- 0010's two time checks, on triarchy_now() instead of clock_timestamp(); nothing else changes.
CREATE OR REPLACE FUNCTION proposals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF NEW.status = 'open' AND OLD.status = 'scheduled' AND triarchy_now() < OLD.opens_at THEN
    RAISE EXCEPTION 'proposal % opens at %', OLD.id, OLD.opens_at USING ERRCODE = '23514', CONSTRAINT = 'proposals_opening';
  END IF;
  IF NEW.status = 'closed' AND triarchy_now() < OLD.closes_at THEN
    RAISE EXCEPTION 'proposal % closes at %', OLD.id, OLD.closes_at USING ERRCODE = '23514', CONSTRAINT = 'proposals_closing';
  END IF;
  IF NEW.status = 'closed' AND OLD.status <> 'open' THEN
    RAISE EXCEPTION 'proposal % was never open', OLD.id USING ERRCODE = '23514', CONSTRAINT = 'proposals_closing';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION votes_window() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF p.status IS DISTINCT FROM 'open' OR triarchy_now() < p.opens_at OR triarchy_now() >= p.closes_at THEN
    RAISE EXCEPTION 'voting on proposal % is not open', NEW.proposal_id USING ERRCODE = '23514', CONSTRAINT = 'votes_window';
  END IF;
  RETURN NEW;
END $$;
