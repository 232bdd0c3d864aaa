CREATE TABLE "notification_unread" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"unread" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_unread" ADD CONSTRAINT "notification_unread_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- Each person's unread count, kept by the triggers below as notifications are written, read and
-- deleted: the bell asks for it on every page and at every change, and counting a person's 10,000
-- unread rows each time cost a millisecond of the database's time per request.
INSERT INTO "notification_unread" ("person_id", "unread")
SELECT "person_id", count(*)::int FROM "notifications" WHERE "read_at" IS NULL GROUP BY "person_id";
--> statement-breakpoint
-- Statement-level, with the rows each statement changed: a fan-out to 100,000 people moves 100,000
-- counts in one statement rather than one trigger call per row.
CREATE FUNCTION notification_unread_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its operation has.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO notification_unread AS u (person_id, unread)
    SELECT person_id, count(*)::int FROM new_rows WHERE read_at IS NULL GROUP BY person_id
    ON CONFLICT (person_id) DO UPDATE SET unread = u.unread + excluded.unread;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE notification_unread u SET unread = u.unread + d.delta
    FROM (SELECT person_id, sum(delta)::int AS delta FROM (
            SELECT person_id, -1 AS delta FROM old_rows WHERE read_at IS NULL
            UNION ALL
            SELECT person_id, 1 FROM new_rows WHERE read_at IS NULL) c
          GROUP BY person_id) d
    WHERE u.person_id = d.person_id AND d.delta <> 0;
  ELSE
    -- A person being deleted takes their count with them (its row goes by cascade).
    UPDATE notification_unread u SET unread = u.unread - d.n
    FROM (SELECT person_id, count(*)::int AS n FROM old_rows WHERE read_at IS NULL GROUP BY person_id) d
    WHERE u.person_id = d.person_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER notifications_unread_inserted AFTER INSERT ON notifications
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_unread_follow();
--> statement-breakpoint
CREATE TRIGGER notifications_unread_updated AFTER UPDATE ON notifications
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_unread_follow();
--> statement-breakpoint
CREATE TRIGGER notifications_unread_deleted AFTER DELETE ON notifications
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_unread_follow();
