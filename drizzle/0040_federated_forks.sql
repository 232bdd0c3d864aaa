CREATE TABLE "remote_forks" (
	"commons_id" uuid NOT NULL,
	"fork_uri" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"actor_uri" text NOT NULL,
	"actor_handle" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "remote_forks_commons_id_fork_uri_pk" PRIMARY KEY("commons_id","fork_uri")
);
--> statement-breakpoint
CREATE TABLE "upstream_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_uri" text NOT NULL,
	"person_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"origin_uri" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "upstream_offers_offer_uri_unique" UNIQUE("offer_uri"),
	CONSTRAINT "upstream_offers_status" CHECK ("upstream_offers"."status" in ('pending', 'accepted', 'rejected')),
	CONSTRAINT "upstream_offers_answered" CHECK (("upstream_offers"."status" = 'pending') = ("upstream_offers"."answered_at" is null))
);
--> statement-breakpoint
ALTER TABLE "commons" DROP CONSTRAINT "commons_fork_lineage";--> statement-breakpoint
ALTER TABLE "commons" ADD COLUMN "forked_from_uri" text;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "remote_author_uri" text;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "remote_author_handle" text;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "remote_author_name" text;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "remote_offer_uri" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "forked_from_uri" text;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "upstream_uri" text;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "remote_author_uri" text;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "remote_author_handle" text;--> statement-breakpoint
ALTER TABLE "remote_forks" ADD CONSTRAINT "remote_forks_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upstream_offers" ADD CONSTRAINT "upstream_offers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upstream_offers" ADD CONSTRAINT "upstream_offers_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "remote_forks_commons_idx" ON "remote_forks" USING btree ("commons_id","created_at");--> statement-breakpoint
CREATE INDEX "upstream_offers_revision_idx" ON "upstream_offers" USING btree ("revision_id");--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_remote_offer_uri_unique" UNIQUE("remote_offer_uri");--> statement-breakpoint
ALTER TABLE "commons" ADD CONSTRAINT "commons_one_origin" CHECK ("commons"."forked_from_id" is null or "commons"."forked_from_uri" is null);--> statement-breakpoint
ALTER TABLE "commons" ADD CONSTRAINT "commons_fork_lineage" CHECK (("commons"."forked_from_id" is null and "commons"."forked_from_uri" is null) or ("commons"."forked_at" is not null));--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_remote_author" CHECK (("contributions"."remote_author_uri" is null) = ("contributions"."remote_offer_uri" is null) and ("contributions"."remote_author_uri" is null or "contributions"."author_id" is null));