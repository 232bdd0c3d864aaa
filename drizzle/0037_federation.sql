CREATE TABLE "actor_keys" (
	"actor_id" uuid NOT NULL,
	"algorithm" text NOT NULL,
	"public_key" jsonb NOT NULL,
	"private_key" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actor_keys_actor_id_algorithm_pk" PRIMARY KEY("actor_id","algorithm"),
	CONSTRAINT "actor_keys_algorithm" CHECK ("actor_keys"."algorithm" in ('RSASSA-PKCS1-v1_5', 'Ed25519'))
);
--> statement-breakpoint
CREATE TABLE "federation_kv" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "federation_queue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message" jsonb NOT NULL,
	"ordering_key" text,
	"due_at" timestamp with time zone DEFAULT now() NOT NULL,
	"taken_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "remote_followers" (
	"actor_id" uuid NOT NULL,
	"follower_uri" text NOT NULL,
	"handle" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"inbox" text NOT NULL,
	"shared_inbox" text,
	"follow_id" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "remote_followers_actor_id_follower_uri_pk" PRIMARY KEY("actor_id","follower_uri"),
	CONSTRAINT "remote_followers_status" CHECK ("remote_followers"."status" in ('pending', 'accepted'))
);
--> statement-breakpoint
CREATE TABLE "remote_following" (
	"person_id" uuid NOT NULL,
	"actor_uri" text NOT NULL,
	"handle" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"follow_id" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "remote_following_person_id_actor_uri_pk" PRIMARY KEY("person_id","actor_uri"),
	CONSTRAINT "remote_following_status" CHECK ("remote_following"."status" in ('pending', 'accepted'))
);
--> statement-breakpoint
ALTER TABLE "remote_following" ADD CONSTRAINT "remote_following_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "federation_kv_expires_idx" ON "federation_kv" USING btree ("expires_at") WHERE "federation_kv"."expires_at" is not null;--> statement-breakpoint
CREATE INDEX "federation_queue_due_idx" ON "federation_queue" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "federation_queue_ordering_idx" ON "federation_queue" USING btree ("ordering_key","created_at");--> statement-breakpoint
CREATE INDEX "remote_followers_actor_idx" ON "remote_followers" USING btree ("actor_id","status","created_at");--> statement-breakpoint
CREATE INDEX "remote_following_follow_idx" ON "remote_following" USING btree ("follow_id");