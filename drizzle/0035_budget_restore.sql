-- A restore writes the ballots and tranches of a backup as they were (triarchy_restoring()): the voting
-- dates and the grant's room guard new writes, not the copy of a database that already kept them.
CREATE OR REPLACE FUNCTION pb_ballots_in_voting() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  IF triarchy_restoring() THEN
    RETURN NEW;
  END IF;
  SELECT voting_opens, voting_closes, pabulib_meta IS NOT NULL AS imported INTO c FROM pb_calls WHERE id = NEW.call_id;
  IF c.imported AND TG_OP = 'INSERT' THEN
    RETURN NEW;
  END IF;
  IF NOT (triarchy_now() >= c.voting_opens AND triarchy_now() < c.voting_closes) THEN
    RAISE EXCEPTION 'voting in call % is not open', NEW.call_id USING ERRCODE = '23514', CONSTRAINT = 'pb_ballots_voting_open';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pb_tranches_within_grant() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  granted bigint;
  planned numeric;
BEGIN
  IF triarchy_restoring() THEN
    RETURN NEW;
  END IF;
  SELECT amount INTO granted FROM pb_grants WHERE id = NEW.grant_id FOR UPDATE;
  SELECT coalesce(sum(amount), 0) INTO planned FROM pb_tranches WHERE grant_id = NEW.grant_id AND id <> NEW.id;
  IF planned + NEW.amount > granted THEN
    RAISE EXCEPTION 'grant % has % left; tranche needs %', NEW.grant_id, granted - planned, NEW.amount
      USING ERRCODE = '23514', CONSTRAINT = 'pb_tranches_within_grant';
  END IF;
  RETURN NEW;
END $$;
