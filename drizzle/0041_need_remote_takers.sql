CREATE TABLE "need_remote_takers" (
	"need_id" uuid NOT NULL,
	"actor_uri" text NOT NULL,
	"handle" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"offer_uri" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "need_remote_takers_pkey" PRIMARY KEY("need_id","actor_uri"),
	CONSTRAINT "need_remote_takers_offer_uri_unique" UNIQUE("offer_uri")
);
--> statement-breakpoint
ALTER TABLE "need_remote_takers" ADD CONSTRAINT "need_remote_takers_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;