CREATE TYPE "public"."contribution_kind" AS ENUM('code', 'design', 'research', 'documentation', 'translation', 'facilitation', 'care');--> statement-breakpoint
CREATE TYPE "public"."contribution_status" AS ENUM('pending', 'conflicted', 'accepted', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."contribution_type" AS ENUM('new_document', 'edit', 'work');--> statement-breakpoint
CREATE TYPE "public"."funding" AS ENUM('paid', 'volunteer', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."thread_subject" AS ENUM('commons', 'document', 'contribution', 'need');--> statement-breakpoint
CREATE TYPE "public"."document_format" AS ENUM('markdown', 'text');--> statement-breakpoint
CREATE TYPE "public"."need_status" AS ENUM('open', 'done');--> statement-breakpoint
CREATE TYPE "public"."need_type" AS ENUM('need', 'offer');--> statement-breakpoint
CREATE TYPE "public"."urgency" AS ENUM('low', 'normal', 'high', 'critical');--> statement-breakpoint
CREATE TABLE "commons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"licence" text NOT NULL,
	"community_id" uuid NOT NULL,
	"steward_association_id" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"forked_from_id" uuid,
	"forked_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commons_licence_known" CHECK ("commons"."licence" in ('CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'MIT', 'Apache-2.0', 'BSD-3-Clause', 'MPL-2.0', 'LGPL-3.0-or-later', 'GPL-2.0-or-later', 'GPL-3.0-or-later', 'AGPL-3.0-or-later', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'CERN-OHL-P-2.0', 'ODbL-1.0', 'GFDL-1.3-or-later', 'LicenseRef-Peer-Production-License', 'LicenseRef-CopyFair')),
	CONSTRAINT "commons_tags_bounded" CHECK (cardinality("commons"."tags") <= 12),
	CONSTRAINT "commons_fork_lineage" CHECK (("commons"."forked_from_id" is null) or ("commons"."forked_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "contribution_supports" (
	"contribution_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contribution_supports_pkey" PRIMARY KEY("contribution_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commons_id" uuid NOT NULL,
	"type" "contribution_type" NOT NULL,
	"kind" "contribution_kind" NOT NULL,
	"status" "contribution_status" DEFAULT 'pending' NOT NULL,
	"author_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"performed_on" date NOT NULL,
	"document_id" uuid,
	"base_revision_id" uuid,
	"proposed_hash" text,
	"path" text,
	"document_title" text,
	"format" "document_format",
	"source_revision_id" uuid,
	"minutes" integer,
	"link" text,
	"lines_added" integer DEFAULT 0 NOT NULL,
	"lines_removed" integer DEFAULT 0 NOT NULL,
	"support_count" integer DEFAULT 0 NOT NULL,
	"conflict_note" text,
	"reviewer_id" uuid,
	"review_note" text DEFAULT '' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"result_revision_id" uuid,
	"funding" "funding",
	"paid_by_id" uuid,
	"size" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contributions_type_fields" CHECK (case "contributions"."type"
        when 'work' then "contributions"."minutes" is not null and "contributions"."document_id" is null and "contributions"."proposed_hash" is null
        when 'edit' then "contributions"."document_id" is not null and "contributions"."base_revision_id" is not null and "contributions"."proposed_hash" is not null
        when 'new_document' then "contributions"."path" is not null and "contributions"."document_title" is not null and "contributions"."format" is not null and "contributions"."proposed_hash" is not null
      end),
	CONSTRAINT "contributions_minutes_range" CHECK ("contributions"."minutes" is null or "contributions"."minutes" between 1 and 60000),
	CONSTRAINT "contributions_reviewed" CHECK (("contributions"."status" in ('accepted', 'rejected')) = ("contributions"."reviewed_at" is not null)),
	CONSTRAINT "contributions_credited" CHECK (("contributions"."status" = 'accepted') = ("contributions"."funding" is not null)),
	CONSTRAINT "contributions_paid_by" CHECK (("contributions"."funding" = 'paid') = ("contributions"."paid_by_id" is not null)),
	CONSTRAINT "contributions_counts" CHECK ("contributions"."lines_added" >= 0 and "contributions"."lines_removed" >= 0 and "contributions"."size" >= 0 and "contributions"."support_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "comment_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" uuid NOT NULL,
	"body" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"html" text NOT NULL,
	"edited_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_hidden_reason" CHECK (("comments"."hidden_at" is null) = ("comments"."hidden_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" "thread_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"commons_id" uuid,
	"organization_id" uuid,
	"title" text NOT NULL,
	"author_id" uuid,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"last_comment_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "threads_one_scope" CHECK (("threads"."commons_id" is null) <> ("threads"."organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "blobs" (
	"hash" text PRIMARY KEY NOT NULL,
	"content" text NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blobs_hash_format" CHECK ("blobs"."hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commons_id" uuid NOT NULL,
	"path" text NOT NULL,
	"title" text NOT NULL,
	"format" "document_format" NOT NULL,
	"head" integer DEFAULT 0 NOT NULL,
	"forked_from_document_id" uuid,
	"forked_from_revision" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_head_non_negative" CHECK ("documents"."head" >= 0)
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"blob_hash" text NOT NULL,
	"author_id" uuid,
	"message" text NOT NULL,
	"lines_added" integer DEFAULT 0 NOT NULL,
	"lines_removed" integer DEFAULT 0 NOT NULL,
	"contribution_id" uuid,
	"upstream_revision_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "revisions_number_positive" CHECK ("revisions"."number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "need_links" (
	"need_id" uuid NOT NULL,
	"contribution_id" uuid NOT NULL,
	"linked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_links_pkey" PRIMARY KEY("need_id","contribution_id")
);
--> statement-breakpoint
CREATE TABLE "need_takers" (
	"need_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_takers_pkey" PRIMARY KEY("need_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "need_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "need_type" NOT NULL,
	"commons_id" uuid,
	"organization_id" uuid,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"urgency" "urgency",
	"due_on" date,
	"status" "need_status" DEFAULT 'open' NOT NULL,
	"author_id" uuid,
	"taker_count" integer DEFAULT 0 NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"close_note" text DEFAULT '' NOT NULL,
	"active_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_one_scope" CHECK (("needs"."commons_id" is null) <> ("needs"."organization_id" is null)),
	CONSTRAINT "needs_closed" CHECK (("needs"."status" = 'done') = ("needs"."closed_at" is not null)),
	CONSTRAINT "needs_tags_bounded" CHECK (cardinality("needs"."tags") <= 12),
	CONSTRAINT "needs_taker_count" CHECK ("needs"."taker_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "commons" ADD CONSTRAINT "commons_community_id_organizations_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commons" ADD CONSTRAINT "commons_steward_association_id_organizations_id_fk" FOREIGN KEY ("steward_association_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commons" ADD CONSTRAINT "commons_forked_from_id_commons_id_fk" FOREIGN KEY ("forked_from_id") REFERENCES "public"."commons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commons" ADD CONSTRAINT "commons_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_supports" ADD CONSTRAINT "contribution_supports_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_supports" ADD CONSTRAINT "contribution_supports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_base_revision_id_revisions_id_fk" FOREIGN KEY ("base_revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_proposed_hash_blobs_hash_fk" FOREIGN KEY ("proposed_hash") REFERENCES "public"."blobs"("hash") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_source_revision_id_revisions_id_fk" FOREIGN KEY ("source_revision_id") REFERENCES "public"."revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_reviewer_id_people_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_result_revision_id_revisions_id_fk" FOREIGN KEY ("result_revision_id") REFERENCES "public"."revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_paid_by_id_organizations_id_fk" FOREIGN KEY ("paid_by_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_versions" ADD CONSTRAINT "comment_versions_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_hidden_by_people_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_forked_from_document_id_documents_id_fk" FOREIGN KEY ("forked_from_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_blob_hash_blobs_hash_fk" FOREIGN KEY ("blob_hash") REFERENCES "public"."blobs"("hash") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_upstream_revision_id_revisions_id_fk" FOREIGN KEY ("upstream_revision_id") REFERENCES "public"."revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_links" ADD CONSTRAINT "need_links_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_links" ADD CONSTRAINT "need_links_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_links" ADD CONSTRAINT "need_links_linked_by_people_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_takers" ADD CONSTRAINT "need_takers_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_takers" ADD CONSTRAINT "need_takers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_updates" ADD CONSTRAINT "need_updates_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_updates" ADD CONSTRAINT "need_updates_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_closed_by_people_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commons_slug_key" ON "commons" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "commons_community_idx" ON "commons" USING btree ("community_id");--> statement-breakpoint
CREATE INDEX "commons_forked_from_idx" ON "commons" USING btree ("forked_from_id","forked_at");--> statement-breakpoint
CREATE INDEX "commons_created_idx" ON "commons" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "commons_tags_idx" ON "commons" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "contributions_commons_status_idx" ON "contributions" USING btree ("commons_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "contributions_commons_updated_idx" ON "contributions" USING btree ("commons_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "contributions_author_idx" ON "contributions" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "contributions_document_idx" ON "contributions" USING btree ("document_id","status");--> statement-breakpoint
CREATE INDEX "comment_versions_comment_idx" ON "comment_versions" USING btree ("comment_id","written_at");--> statement-breakpoint
CREATE INDEX "comments_thread_idx" ON "comments" USING btree ("thread_id","created_at","id");--> statement-breakpoint
CREATE INDEX "threads_subject_idx" ON "threads" USING btree ("subject_type","subject_id","last_comment_at");--> statement-breakpoint
CREATE INDEX "threads_commons_idx" ON "threads" USING btree ("commons_id","last_comment_at");--> statement-breakpoint
CREATE UNIQUE INDEX "threads_one_per_item_key" ON "threads" USING btree ("subject_type","subject_id") WHERE subject_type in ('contribution', 'need');--> statement-breakpoint
CREATE UNIQUE INDEX "documents_commons_path_key" ON "documents" USING btree ("commons_id","path");--> statement-breakpoint
CREATE INDEX "documents_forked_from_idx" ON "documents" USING btree ("forked_from_document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revisions_document_number_key" ON "revisions" USING btree ("document_id","number");--> statement-breakpoint
CREATE INDEX "revisions_author_idx" ON "revisions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "need_takers_person_idx" ON "need_takers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "need_updates_need_idx" ON "need_updates" USING btree ("need_id","created_at");--> statement-breakpoint
CREATE INDEX "needs_commons_idx" ON "needs" USING btree ("commons_id","status","active_at");--> statement-breakpoint
CREATE INDEX "needs_organization_idx" ON "needs" USING btree ("organization_id","status","active_at");--> statement-breakpoint
CREATE INDEX "needs_tags_idx" ON "needs" USING gin ("tags");