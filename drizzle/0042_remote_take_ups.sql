CREATE TABLE "remote_take_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"proposal_uri" text NOT NULL,
	"group_uri" text NOT NULL,
	"offer_uri" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "remote_take_ups_offer_uri_unique" UNIQUE("offer_uri"),
	CONSTRAINT "remote_take_ups_status" CHECK ("remote_take_ups"."status" in ('pending', 'accepted', 'rejected')),
	CONSTRAINT "remote_take_ups_answered" CHECK (("remote_take_ups"."status" = 'pending') = ("remote_take_ups"."answered_at" is null))
);
--> statement-breakpoint
ALTER TABLE "remote_take_ups" ADD CONSTRAINT "remote_take_ups_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "remote_take_ups_person_proposal" ON "remote_take_ups" USING btree ("person_id","proposal_uri");