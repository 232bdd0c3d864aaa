CREATE TYPE "public"."resource_acquisition" AS ENUM('bought', 'donated', 'lent');--> statement-breakpoint
CREATE TYPE "public"."booking_status" AS ENUM('requested', 'confirmed', 'active', 'returned', 'cancelled', 'declined', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."problem_severity" AS ENUM('note', 'check', 'out_of_service');--> statement-breakpoint
CREATE TYPE "public"."resource_kind" AS ENUM('tool', 'vehicle', 'space', 'machine', 'other');--> statement-breakpoint
CREATE TYPE "public"."unit_condition" AS ENUM('new', 'good', 'fair', 'worn', 'damaged');--> statement-breakpoint
CREATE TYPE "public"."unit_status" AS ENUM('available', 'out_of_service', 'maintenance', 'retired');--> statement-breakpoint
CREATE TYPE "public"."waitlist_status" AS ENUM('waiting', 'offered', 'booked', 'lapsed', 'left');--> statement-breakpoint
CREATE TYPE "public"."without_loan_answer" AS ENUM('bought', 'rented', 'borrowed_elsewhere', 'done_without');--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"type_id" uuid NOT NULL,
	"library_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_from" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"status" "booking_status" DEFAULT 'confirmed' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"fee" bigint DEFAULT 0 NOT NULL,
	"deposit" bigint DEFAULT 0 NOT NULL,
	"overridden_rules" text[] DEFAULT '{}'::text[] NOT NULL,
	"override_reason" text,
	"overridden_by" uuid,
	"affected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "bookings_period" CHECK ("bookings"."starts_at" < "bookings"."ends_at"),
	CONSTRAINT "bookings_blocked_covers" CHECK ("bookings"."blocked_from" <= "bookings"."starts_at" and "bookings"."blocked_until" >= "bookings"."ends_at"),
	CONSTRAINT "bookings_money" CHECK ("bookings"."fee" >= 0 and "bookings"."deposit" >= 0),
	CONSTRAINT "bookings_override_reasoned" CHECK (cardinality("bookings"."overridden_rules") = 0 or "bookings"."override_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "borrowing_approvals" (
	"type_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"approved_by" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "borrowing_approvals_pkey" PRIMARY KEY("type_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feed_tokens" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "libraries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"time_zone" text NOT NULL,
	"currency" char(3) DEFAULT 'EUR' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"opening_hours" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "libraries_position" CHECK (("libraries"."latitude" is null) = ("libraries"."longitude" is null)),
	CONSTRAINT "libraries_latitude" CHECK ("libraries"."latitude" between -90 and 90),
	CONSTRAINT "libraries_longitude" CHECK ("libraries"."longitude" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "library_closures" (
	"library_id" uuid NOT NULL,
	"day" date NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "library_closures_pkey" PRIMARY KEY("library_id","day")
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"booking_id" uuid,
	"custodian_id" uuid NOT NULL,
	"checked_out_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"condition_out" "unit_condition" NOT NULL,
	"notes_out" text DEFAULT '' NOT NULL,
	"checked_out_by" uuid,
	"checked_in_at" timestamp with time zone,
	"condition_in" "unit_condition",
	"notes_in" text,
	"checked_in_by" uuid,
	"without_loan" "without_loan_answer",
	"reminded_overdue_at" timestamp with time zone,
	CONSTRAINT "loans_closed_whole" CHECK (("loans"."checked_in_at" is null) = ("loans"."condition_in" is null)),
	CONSTRAINT "loans_order" CHECK ("loans"."checked_in_at" is null or "loans"."checked_in_at" >= "loans"."checked_out_at"),
	CONSTRAINT "loans_answer_after_return" CHECK ("loans"."without_loan" is null or "loans"."checked_in_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "problem_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"loan_id" uuid,
	"reporter_id" uuid,
	"severity" "problem_severity" NOT NULL,
	"note" text NOT NULL,
	"photo" text,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"default_replacement_price" bigint,
	"currency" char(3) DEFAULT 'EUR' NOT NULL,
	"emission_factor_kg" numeric(12, 3),
	"emission_source" text,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "resource_categories_emission_sourced" CHECK ("resource_categories"."emission_factor_kg" is null or "resource_categories"."emission_source" is not null),
	CONSTRAINT "resource_categories_price" CHECK ("resource_categories"."default_replacement_price" is null or "resource_categories"."default_replacement_price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "resource_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"library_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "resource_kind" NOT NULL,
	"category_id" uuid,
	"description" text DEFAULT '' NOT NULL,
	"care_notes" text DEFAULT '' NOT NULL,
	"photos" text[] DEFAULT '{}'::text[] NOT NULL,
	"replacement_price" bigint,
	"rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "resource_types_price" CHECK ("resource_types"."replacement_price" is null or "resource_types"."replacement_price" >= 0),
	CONSTRAINT "resource_types_photos_bounded" CHECK (cardinality("resource_types"."photos") <= 12)
);
--> statement-breakpoint
CREATE TABLE "resource_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type_id" uuid NOT NULL,
	"code" text NOT NULL,
	"condition" "unit_condition" DEFAULT 'good' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" "unit_status" DEFAULT 'available' NOT NULL,
	"acquisition" "resource_acquisition" DEFAULT 'bought' NOT NULL,
	"owner_person_id" uuid,
	"steward_person_id" uuid,
	"loans_since_check" integer DEFAULT 0 NOT NULL,
	"last_checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "resource_units_lent_by_owner" CHECK (("resource_units"."acquisition" = 'lent') = ("resource_units"."owner_person_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" bigint GENERATED ALWAYS AS IDENTITY (sequence name "waitlist_entries_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "waitlist_status" DEFAULT 'waiting' NOT NULL,
	"offered_unit_id" uuid,
	"offer_expires_at" timestamp with time zone,
	"booking_id" uuid,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "waitlist_period" CHECK ("waitlist_entries"."starts_at" < "waitlist_entries"."ends_at"),
	CONSTRAINT "waitlist_offer_whole" CHECK (("waitlist_entries"."status" = 'offered') = ("waitlist_entries"."offer_expires_at" is not null and "waitlist_entries"."offered_unit_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_unit_id_resource_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."resource_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_type_id_resource_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."resource_types"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_library_id_libraries_id_fk" FOREIGN KEY ("library_id") REFERENCES "public"."libraries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_overridden_by_people_id_fk" FOREIGN KEY ("overridden_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrowing_approvals" ADD CONSTRAINT "borrowing_approvals_type_id_resource_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."resource_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrowing_approvals" ADD CONSTRAINT "borrowing_approvals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrowing_approvals" ADD CONSTRAINT "borrowing_approvals_approved_by_people_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "libraries" ADD CONSTRAINT "libraries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "libraries" ADD CONSTRAINT "libraries_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_closures" ADD CONSTRAINT "library_closures_library_id_libraries_id_fk" FOREIGN KEY ("library_id") REFERENCES "public"."libraries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_unit_id_resource_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."resource_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_custodian_id_people_id_fk" FOREIGN KEY ("custodian_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_checked_out_by_people_id_fk" FOREIGN KEY ("checked_out_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_checked_in_by_people_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_unit_id_resource_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."resource_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_reporter_id_people_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_resolved_by_people_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_categories" ADD CONSTRAINT "resource_categories_parent_id_resource_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resource_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_types" ADD CONSTRAINT "resource_types_library_id_libraries_id_fk" FOREIGN KEY ("library_id") REFERENCES "public"."libraries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_types" ADD CONSTRAINT "resource_types_category_id_resource_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."resource_categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_units" ADD CONSTRAINT "resource_units_type_id_resource_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."resource_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_units" ADD CONSTRAINT "resource_units_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_units" ADD CONSTRAINT "resource_units_steward_person_id_people_id_fk" FOREIGN KEY ("steward_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_type_id_resource_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."resource_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_offered_unit_id_resource_units_id_fk" FOREIGN KEY ("offered_unit_id") REFERENCES "public"."resource_units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bookings_unit_idx" ON "bookings" USING btree ("unit_id","blocked_from");--> statement-breakpoint
CREATE INDEX "bookings_person_idx" ON "bookings" USING btree ("person_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_library_idx" ON "bookings" USING btree ("library_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_hash_key" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "libraries_slug_key" ON "libraries" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "libraries_organization_idx" ON "libraries" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "loans_one_open_per_unit" ON "loans" USING btree ("unit_id") WHERE "loans"."checked_in_at" is null;--> statement-breakpoint
CREATE INDEX "loans_custodian_idx" ON "loans" USING btree ("custodian_id","checked_out_at");--> statement-breakpoint
CREATE INDEX "loans_unit_idx" ON "loans" USING btree ("unit_id","checked_out_at");--> statement-breakpoint
CREATE INDEX "loans_open_due_idx" ON "loans" USING btree ("due_at") WHERE "loans"."checked_in_at" is null;--> statement-breakpoint
CREATE INDEX "problem_reports_unit_idx" ON "problem_reports" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "problem_reports_open_idx" ON "problem_reports" USING btree ("unit_id") WHERE "problem_reports"."resolved_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "resource_categories_slug_key" ON "resource_categories" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "resource_categories_parent_idx" ON "resource_categories" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_types_library_slug_key" ON "resource_types" USING btree ("library_id","slug");--> statement-breakpoint
CREATE INDEX "resource_types_category_idx" ON "resource_types" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "resource_types_search_idx" ON "resource_types" USING gin (to_tsvector('simple', "name" || ' ' || "description"));--> statement-breakpoint
CREATE UNIQUE INDEX "resource_units_type_code_key" ON "resource_units" USING btree ("type_id","code");--> statement-breakpoint
CREATE INDEX "resource_units_owner_idx" ON "resource_units" USING btree ("owner_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_one_live_per_person" ON "waitlist_entries" USING btree ("type_id","person_id") WHERE "waitlist_entries"."status" in ('waiting', 'offered');--> statement-breakpoint
CREATE INDEX "waitlist_queue_idx" ON "waitlist_entries" USING btree ("type_id","position") WHERE "waitlist_entries"."status" in ('waiting', 'offered');