-- The organizations list keeps, per server process, the pages it has answered (ranked ids and their
-- rows as shown); a page is reused while this number is the one it was answered with. Any change to
-- any organization moves it on, and a request reads it in the same snapshot as the member counts it
-- shows, so no process serves a page older than its database (src/modules/organizations/list.ts).
CREATE TABLE organization_list_generation (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  n bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO organization_list_generation (one, n) VALUES (true, 0);
--> statement-breakpoint
CREATE FUNCTION organization_list_moved_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE organization_list_generation SET n = n + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Deferred to commit, so the one row is locked last and for an instant: two transactions writing
-- organizations in different orders cannot deadlock on it. Per row, as constraint triggers are; a
-- bulk load moves the number once per row it writes, in one transaction.
CREATE CONSTRAINT TRIGGER organizations_list_moved_on
  AFTER INSERT OR UPDATE OR DELETE ON organizations
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION organization_list_moved_on();
--> statement-breakpoint
CREATE TRIGGER organizations_list_truncated
  AFTER TRUNCATE ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION organization_list_moved_on();
--> statement-breakpoint
-- Each organization's active members, kept by the trigger below as memberships change: the list shows
-- 20 counts per page, and counting them from memberships cost more than the rest of a cached page.
CREATE TABLE organization_member_counts (
  organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  active integer NOT NULL CHECK (active >= 0)
);
--> statement-breakpoint
INSERT INTO organization_member_counts (organization_id, active)
SELECT o.id, count(m.id) FILTER (WHERE m.status = 'active')::int
FROM organizations o LEFT JOIN memberships m ON m.organization_id = o.id
GROUP BY o.id;
--> statement-breakpoint
CREATE FUNCTION organization_member_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.organization_id = NEW.organization_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'active' THEN
    UPDATE organization_member_counts SET active = active - 1 WHERE organization_id = OLD.organization_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'active' THEN
    INSERT INTO organization_member_counts AS c (organization_id, active) VALUES (NEW.organization_id, 1)
    ON CONFLICT (organization_id) DO UPDATE SET active = c.active + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_counted
  AFTER INSERT OR DELETE OR UPDATE OF status, organization_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION organization_member_counts_follow();
--> statement-breakpoint
CREATE FUNCTION organization_member_counts_cleared() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM organization_member_counts;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_cleared
  AFTER TRUNCATE ON memberships
  FOR EACH STATEMENT EXECUTE FUNCTION organization_member_counts_cleared();
