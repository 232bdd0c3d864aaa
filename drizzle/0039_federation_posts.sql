CREATE TABLE "remote_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uri" text NOT NULL,
	"via_uri" text NOT NULL,
	"author_uri" text NOT NULL,
	"author_handle" text NOT NULL,
	"author_name" text DEFAULT '' NOT NULL,
	"local_author_id" uuid,
	"type" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"html" text DEFAULT '' NOT NULL,
	"url" text,
	"in_reply_to" text,
	"context" text,
	"purpose" text,
	"published_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "remote_posts_uri_unique" UNIQUE("uri"),
	CONSTRAINT "remote_posts_type" CHECK ("remote_posts"."type" in ('Note', 'Page', 'Proposal')),
	CONSTRAINT "remote_posts_purpose" CHECK ("remote_posts"."purpose" is null or "remote_posts"."purpose" in ('request', 'offer'))
);
--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "remote_author_uri" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "remote_author_handle" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "remote_author_name" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "remote_uri" text;--> statement-breakpoint
ALTER TABLE "remote_posts" ADD CONSTRAINT "remote_posts_local_author_id_people_id_fk" FOREIGN KEY ("local_author_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "remote_posts_via_idx" ON "remote_posts" USING btree ("via_uri","published_at");--> statement-breakpoint
CREATE INDEX "remote_posts_context_idx" ON "remote_posts" USING btree ("context","published_at");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_remote_uri_unique" UNIQUE("remote_uri");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_remote_author" CHECK (("comments"."remote_author_uri" is null) = ("comments"."remote_uri" is null) and ("comments"."remote_author_uri" is null or "comments"."author_id" is null));--> statement-breakpoint
-- How far the federation's outbox has read the activity log (like notification_progress): public rows
-- after it go to the instances that follow. Not in the Drizzle schema, so backups leave it out and a
-- restore moves it on (src/modules/notifications/horizon.ts). History is not news: it starts here.
CREATE TABLE "federation_progress" (
  "one" boolean PRIMARY KEY DEFAULT true CHECK ("one"),
  "xact" bigint NOT NULL,
  "activity_id" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "federation_progress" ("one", "xact", "activity_id")
VALUES (true, pg_current_xact_id()::text::bigint, (SELECT coalesce(max(id), 0) FROM activities));
