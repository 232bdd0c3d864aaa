-- Invariants that live in the database, whatever code path writes.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
-- A person cannot claim two overlapping periods with the same enterprise.
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_no_overlap"
  EXCLUDE USING gist (
    "person_id" WITH =,
    "enterprise_id" WITH =,
    daterange("starts_on", "ends_on", '[]') WITH &&
  );
--> statement-breakpoint
-- Affiliations are to enterprises only.
CREATE FUNCTION affiliations_enterprise_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = NEW.enterprise_id AND kind = 'enterprise') THEN
    RAISE EXCEPTION 'affiliations are to enterprises only' USING ERRCODE = '23514', CONSTRAINT = 'affiliations_enterprise_only';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER affiliations_enterprise_only BEFORE INSERT OR UPDATE OF enterprise_id ON affiliations
  FOR EACH ROW EXECUTE FUNCTION affiliations_enterprise_only();
--> statement-breakpoint
-- An organization always keeps at least one active steward. The row lock on the
-- organization serialises concurrent demotions, so two stewards demoting each other
-- at once cannot leave it without one; the check runs on a fresh snapshot after the lock.
CREATE FUNCTION memberships_keep_a_steward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.role <> 'steward' OR OLD.status <> 'active' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.role = 'steward' AND NEW.status = 'active' THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM organizations WHERE id = OLD.organization_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL; -- the organization itself is being deleted
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM memberships
    WHERE organization_id = OLD.organization_id AND role = 'steward' AND status = 'active'
  ) THEN
    RAISE EXCEPTION 'an organization must keep at least one steward' USING ERRCODE = '23514', CONSTRAINT = 'memberships_keep_a_steward';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER memberships_keep_a_steward AFTER UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION memberships_keep_a_steward();
--> statement-breakpoint
-- The activity log is append-only (the one update allowed is the foreign key's
-- ON DELETE SET NULL when an actor's account is deleted).
CREATE FUNCTION activities_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the activity log is append-only' USING ERRCODE = '42501';
END $$;
--> statement-breakpoint
CREATE TRIGGER activities_append_only BEFORE UPDATE ON activities
  FOR EACH ROW WHEN (NEW.actor_id IS NOT NULL OR OLD.actor_id IS NULL) EXECUTE FUNCTION activities_append_only();
