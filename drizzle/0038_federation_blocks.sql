CREATE TABLE "federation_blocks" (
	"target" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "federation_blocks_kind" CHECK ("federation_blocks"."kind" in ('instance', 'actor'))
);
