CREATE TYPE "public"."notification_delivery" AS ENUM('app', 'email', 'daily', 'weekly', 'off');--> statement-breakpoint
CREATE TYPE "public"."followable" AS ENUM('organization', 'commons', 'document', 'need', 'thread');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('contribution_reviewed', 'comment_on_yours', 'reply', 'mention', 'awaiting_you', 'expense_decided', 'agreement_offered', 'need_changed', 'share_credited', 'decision_opened', 'decision_closing', 'invoice', 'followed');--> statement-breakpoint
CREATE TABLE "follows" (
	"person_id" uuid NOT NULL,
	"subject_type" "followable" NOT NULL,
	"subject_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "follows_person_id_subject_type_subject_id_pk" PRIMARY KEY("person_id","subject_type","subject_id")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"person_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"delivery" "notification_delivery" NOT NULL,
	CONSTRAINT "notification_preferences_person_id_kind_pk" PRIMARY KEY("person_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" uuid NOT NULL,
	"activity_id" bigint NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follows_subject_idx" ON "follows" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once" ON "notifications" USING btree ("person_id","activity_id","kind");--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "notifications" USING btree ("person_id","id");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("person_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_activity_idx" ON "notifications" USING btree ("activity_id");--> statement-breakpoint
-- Which transaction wrote each activity row. The fan-out worker reads the log in this order, up to
-- the oldest transaction still running (pg_snapshot_xmin): every row below that point has committed
-- or never will, so none can appear behind the worker's position later, as rows ordered by id can
-- (ids are taken at insert, rows become visible at commit). Not in the Drizzle schema, so backups
-- leave it out and a restore writes its own (src/modules/notifications/horizon.ts).
ALTER TABLE "activities" ADD COLUMN "xact" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL;
--> statement-breakpoint
CREATE INDEX "activities_xact_idx" ON "activities" USING btree ("xact", "id");
--> statement-breakpoint
-- How far the fan-out worker has read the activity log: every row at or before (xact, id) is done.
-- One row; the worker locks it, so one server process at a time fans out.
CREATE TABLE "notification_progress" (
  "one" boolean PRIMARY KEY DEFAULT true CHECK ("one"),
  "xact" bigint NOT NULL,
  "activity_id" bigint NOT NULL
);
--> statement-breakpoint
-- The history already written tells nobody anything: the worker starts after this migration.
INSERT INTO "notification_progress" ("one", "xact", "activity_id")
VALUES (true, pg_current_xact_id()::text::bigint, (SELECT coalesce(max(id), 0) FROM activities));
