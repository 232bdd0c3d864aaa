CREATE TYPE "public"."phyle_basis" AS ENUM('surplus', 'revenue');--> statement-breakpoint
CREATE TYPE "public"."phyle_destination" AS ENUM('steward', 'contributor_pool');--> statement-breakpoint
CREATE TYPE "public"."agreement_period" AS ENUM('month', 'quarter', 'year');--> statement-breakpoint
CREATE TYPE "public"."agreement_side" AS ENUM('association', 'enterprise');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('proposed', 'active', 'declined', 'ended');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('open', 'paid', 'void');--> statement-breakpoint
CREATE TYPE "public"."use_purpose" AS ENUM('commercial', 'non_commercial', 'internal');--> statement-breakpoint
CREATE TYPE "public"."share_kind" AS ENUM('fixed', 'contributor');--> statement-breakpoint
ALTER TYPE "public"."transaction_kind" ADD VALUE 'phyle';--> statement-breakpoint
ALTER TYPE "public"."transaction_kind" ADD VALUE 'distribution';--> statement-breakpoint
CREATE TABLE "phyle_beneficiaries" (
	"enterprise_id" uuid NOT NULL,
	"commons_id" uuid NOT NULL,
	"destination" "phyle_destination" NOT NULL,
	"weight_bp" integer NOT NULL,
	CONSTRAINT "phyle_beneficiaries_pkey" PRIMARY KEY("enterprise_id","commons_id","destination"),
	CONSTRAINT "phyle_beneficiaries_weight" CHECK ("phyle_beneficiaries"."weight_bp" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "phyle_charters" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"basis" "phyle_basis" NOT NULL,
	"share_bp" integer NOT NULL,
	"mission" text NOT NULL,
	"currency" char(3) NOT NULL,
	"adopted_by" uuid,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phyle_charters_share" CHECK ("phyle_charters"."share_bp" between 1 and 10000),
	CONSTRAINT "phyle_charters_currency" CHECK ("phyle_charters"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "phyle_commitments" (
	"period_id" uuid NOT NULL,
	"commons_id" uuid NOT NULL,
	"destination" "phyle_destination" NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "phyle_commitments_pkey" PRIMARY KEY("period_id","commons_id","destination"),
	CONSTRAINT "phyle_commitments_amount" CHECK ("phyle_commitments"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "phyle_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"currency" char(3) NOT NULL,
	"revenue" bigint NOT NULL,
	"costs" bigint DEFAULT 0 NOT NULL,
	"basis" "phyle_basis" NOT NULL,
	"share_bp" integer NOT NULL,
	"committed" bigint NOT NULL,
	"transfer_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phyle_periods_dates" CHECK ("phyle_periods"."period_end" >= "phyle_periods"."period_start"),
	CONSTRAINT "phyle_periods_amounts" CHECK ("phyle_periods"."revenue" between 0 and 1000000000000000 and "phyle_periods"."costs" between 0 and 1000000000000000),
	CONSTRAINT "phyle_periods_committed" CHECK ("phyle_periods"."committed" >= 0 and "phyle_periods"."committed" <= "phyle_periods"."revenue"),
	CONSTRAINT "phyle_periods_share" CHECK ("phyle_periods"."share_bp" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "commons_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commons_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"purpose" "use_purpose" NOT NULL,
	"product" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"surplus_to_workers" boolean DEFAULT false NOT NULL,
	"since" date NOT NULL,
	"ended_on" date,
	"declared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commons_uses_dates" CHECK ("commons_uses"."ended_on" is null or "commons_uses"."ended_on" >= "commons_uses"."since"),
	CONSTRAINT "commons_uses_product" CHECK (length("commons_uses"."product") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "reciprocity_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commons_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"status" "agreement_status" DEFAULT 'proposed' NOT NULL,
	"proposed_by_side" "agreement_side" NOT NULL,
	"period" "agreement_period" NOT NULL,
	"currency" char(3) NOT NULL,
	"fixed_fee" bigint,
	"revenue_share_bp" integer,
	"pledge_minutes" integer,
	"due_days" integer DEFAULT 30 NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"terms" text DEFAULT '' NOT NULL,
	"proposed_by" uuid,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reciprocity_agreements_terms" CHECK (num_nonnulls("reciprocity_agreements"."fixed_fee", "reciprocity_agreements"."revenue_share_bp", "reciprocity_agreements"."pledge_minutes") >= 1),
	CONSTRAINT "reciprocity_agreements_fee" CHECK ("reciprocity_agreements"."fixed_fee" is null or "reciprocity_agreements"."fixed_fee" between 1 and 1000000000000000),
	CONSTRAINT "reciprocity_agreements_share" CHECK ("reciprocity_agreements"."revenue_share_bp" is null or "reciprocity_agreements"."revenue_share_bp" between 1 and 10000),
	CONSTRAINT "reciprocity_agreements_pledge" CHECK ("reciprocity_agreements"."pledge_minutes" is null or "reciprocity_agreements"."pledge_minutes" between 1 and 1000000),
	CONSTRAINT "reciprocity_agreements_due" CHECK ("reciprocity_agreements"."due_days" between 0 and 365),
	CONSTRAINT "reciprocity_agreements_dates" CHECK ("reciprocity_agreements"."ends_on" is null or "reciprocity_agreements"."ends_on" >= "reciprocity_agreements"."starts_on"),
	CONSTRAINT "reciprocity_agreements_parties" CHECK ("reciprocity_agreements"."enterprise_id" <> "reciprocity_agreements"."association_id"),
	CONSTRAINT "reciprocity_agreements_currency" CHECK ("reciprocity_agreements"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "reciprocity_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"declared_revenue" bigint,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"pledge_minutes" integer,
	"delivered_minutes" integer,
	"due_on" date NOT NULL,
	"status" "invoice_status" DEFAULT 'open' NOT NULL,
	"raised_transaction_id" uuid,
	"paid_transaction_id" uuid,
	"raised_by" uuid,
	"paid_by" uuid,
	"paid_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reciprocity_invoices_period" CHECK ("reciprocity_invoices"."period_end" >= "reciprocity_invoices"."period_start"),
	CONSTRAINT "reciprocity_invoices_amount" CHECK ("reciprocity_invoices"."amount" between 0 and 1000000000000000),
	CONSTRAINT "reciprocity_invoices_revenue" CHECK ("reciprocity_invoices"."declared_revenue" is null or "reciprocity_invoices"."declared_revenue" between 0 and 1000000000000000),
	CONSTRAINT "reciprocity_invoices_paid" CHECK (("reciprocity_invoices"."status" = 'paid') = ("reciprocity_invoices"."paid_on" is not null)),
	CONSTRAINT "reciprocity_invoices_posted" CHECK ("reciprocity_invoices"."amount" = 0 or "reciprocity_invoices"."raised_transaction_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "distribution_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"distribution_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "share_kind" NOT NULL,
	"label" text NOT NULL,
	"person_id" uuid,
	"account_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"points" numeric(38, 6),
	"contributions" integer DEFAULT 0 NOT NULL,
	"minutes" bigint DEFAULT 0 NOT NULL,
	"lines" bigint DEFAULT 0 NOT NULL,
	"reviews" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "distribution_shares_amount" CHECK ("distribution_shares"."amount" >= 0),
	CONSTRAINT "distribution_shares_person" CHECK (("distribution_shares"."kind" = 'contributor') <= ("distribution_shares"."person_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "distributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commons_id" uuid,
	"organization_id" uuid NOT NULL,
	"book_id" uuid NOT NULL,
	"source_account_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"equation" jsonb NOT NULL,
	"statement_hash" text NOT NULL,
	"description" text NOT NULL,
	"transaction_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "distributions_amount" CHECK ("distributions"."amount" between 1 and 1000000000000000),
	CONSTRAINT "distributions_window" CHECK ("distributions"."window_to" >= "distributions"."window_from")
);
--> statement-breakpoint
CREATE TABLE "value_equations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commons_id" uuid,
	"enterprise_id" uuid,
	"buckets" jsonb NOT NULL,
	"weights" jsonb NOT NULL,
	"review_points" integer DEFAULT 0 NOT NULL,
	"window_days" integer NOT NULL,
	"half_life_days" integer,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "value_equations_one_owner" CHECK (num_nonnulls("value_equations"."commons_id", "value_equations"."enterprise_id") = 1),
	CONSTRAINT "value_equations_window" CHECK ("value_equations"."window_days" between 1 and 3660),
	CONSTRAINT "value_equations_half_life" CHECK ("value_equations"."half_life_days" is null or "value_equations"."half_life_days" between 1 and 3660),
	CONSTRAINT "value_equations_review_points" CHECK ("value_equations"."review_points" between 0 and 100000)
);
--> statement-breakpoint
ALTER TABLE "contributions" DROP CONSTRAINT "contributions_type_fields";--> statement-breakpoint
-- A new enum value cannot be used in the transaction that adds it, and the migrations run in one
-- transaction: the type is swapped for one that has it instead.
ALTER TYPE "public"."contribution_type" RENAME TO "contribution_type_before_commit";--> statement-breakpoint
CREATE TYPE "public"."contribution_type" AS ENUM('new_document', 'edit', 'work', 'commit');--> statement-breakpoint
ALTER TABLE "contributions" ALTER COLUMN "type" TYPE "public"."contribution_type" USING "type"::text::"public"."contribution_type";--> statement-breakpoint
DROP TYPE "public"."contribution_type_before_commit";--> statement-breakpoint
ALTER TABLE "accounts" DROP CONSTRAINT "accounts_code_format";--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "external_author" text;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "commons_id" uuid;--> statement-breakpoint
ALTER TABLE "phyle_beneficiaries" ADD CONSTRAINT "phyle_beneficiaries_enterprise_id_phyle_charters_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."phyle_charters"("enterprise_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phyle_beneficiaries" ADD CONSTRAINT "phyle_beneficiaries_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phyle_charters" ADD CONSTRAINT "phyle_charters_enterprise_id_organizations_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phyle_charters" ADD CONSTRAINT "phyle_charters_adopted_by_people_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phyle_commitments" ADD CONSTRAINT "phyle_commitments_period_id_phyle_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."phyle_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phyle_commitments" ADD CONSTRAINT "phyle_commitments_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phyle_periods" ADD CONSTRAINT "phyle_periods_enterprise_id_phyle_charters_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."phyle_charters"("enterprise_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phyle_periods" ADD CONSTRAINT "phyle_periods_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commons_uses" ADD CONSTRAINT "commons_uses_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commons_uses" ADD CONSTRAINT "commons_uses_enterprise_id_organizations_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commons_uses" ADD CONSTRAINT "commons_uses_declared_by_people_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_agreements" ADD CONSTRAINT "reciprocity_agreements_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_agreements" ADD CONSTRAINT "reciprocity_agreements_enterprise_id_organizations_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_agreements" ADD CONSTRAINT "reciprocity_agreements_association_id_organizations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_agreements" ADD CONSTRAINT "reciprocity_agreements_proposed_by_people_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_agreements" ADD CONSTRAINT "reciprocity_agreements_responded_by_people_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_invoices" ADD CONSTRAINT "reciprocity_invoices_agreement_id_reciprocity_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."reciprocity_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_invoices" ADD CONSTRAINT "reciprocity_invoices_raised_transaction_id_transactions_id_fk" FOREIGN KEY ("raised_transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_invoices" ADD CONSTRAINT "reciprocity_invoices_paid_transaction_id_transactions_id_fk" FOREIGN KEY ("paid_transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_invoices" ADD CONSTRAINT "reciprocity_invoices_raised_by_people_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocity_invoices" ADD CONSTRAINT "reciprocity_invoices_paid_by_people_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_shares" ADD CONSTRAINT "distribution_shares_distribution_id_distributions_id_fk" FOREIGN KEY ("distribution_id") REFERENCES "public"."distributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_shares" ADD CONSTRAINT "distribution_shares_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_shares" ADD CONSTRAINT "distribution_shares_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_book_id_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."books"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_source_account_id_accounts_id_fk" FOREIGN KEY ("source_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_equations" ADD CONSTRAINT "value_equations_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_equations" ADD CONSTRAINT "value_equations_enterprise_id_organizations_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_equations" ADD CONSTRAINT "value_equations_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "phyle_commitments_commons_idx" ON "phyle_commitments" USING btree ("commons_id");--> statement-breakpoint
CREATE UNIQUE INDEX "phyle_periods_key" ON "phyle_periods" USING btree ("enterprise_id","period_start");--> statement-breakpoint
CREATE INDEX "phyle_periods_enterprise_idx" ON "phyle_periods" USING btree ("enterprise_id","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "commons_uses_key" ON "commons_uses" USING btree ("commons_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "commons_uses_enterprise_idx" ON "commons_uses" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "reciprocity_agreements_commons_idx" ON "reciprocity_agreements" USING btree ("commons_id","status");--> statement-breakpoint
CREATE INDEX "reciprocity_agreements_enterprise_idx" ON "reciprocity_agreements" USING btree ("enterprise_id","status");--> statement-breakpoint
CREATE INDEX "reciprocity_agreements_association_idx" ON "reciprocity_agreements" USING btree ("association_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "reciprocity_invoices_period_key" ON "reciprocity_invoices" USING btree ("agreement_id","period_start");--> statement-breakpoint
CREATE INDEX "reciprocity_invoices_due_idx" ON "reciprocity_invoices" USING btree ("status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "distribution_shares_position_key" ON "distribution_shares" USING btree ("distribution_id","position");--> statement-breakpoint
CREATE INDEX "distribution_shares_person_idx" ON "distribution_shares" USING btree ("person_id","distribution_id");--> statement-breakpoint
CREATE INDEX "distributions_commons_idx" ON "distributions" USING btree ("commons_id","created_at");--> statement-breakpoint
CREATE INDEX "distributions_organization_idx" ON "distributions" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "value_equations_commons_key" ON "value_equations" USING btree ("commons_id");--> statement-breakpoint
CREATE UNIQUE INDEX "value_equations_enterprise_key" ON "value_equations" USING btree ("enterprise_id");--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contributions_external_key" ON "contributions" USING btree ("commons_id","external_id");--> statement-breakpoint
CREATE INDEX "contributions_accepted_idx" ON "contributions" USING btree ("commons_id","performed_on") WHERE status = 'accepted';--> statement-breakpoint
CREATE INDEX "contributions_reviewed_idx" ON "contributions" USING btree ("commons_id","reviewed_at") WHERE reviewer_id is not null;--> statement-breakpoint
CREATE INDEX "transactions_commons_idx" ON "transactions" USING btree ("commons_id","date");--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_type_fields" CHECK (case "contributions"."type"
        when 'work' then "contributions"."minutes" is not null and "contributions"."document_id" is null and "contributions"."proposed_hash" is null
        when 'edit' then "contributions"."document_id" is not null and "contributions"."base_revision_id" is not null and "contributions"."proposed_hash" is not null
        when 'new_document' then "contributions"."path" is not null and "contributions"."document_title" is not null and "contributions"."format" is not null and "contributions"."proposed_hash" is not null
        when 'commit' then "contributions"."external_id" is not null and "contributions"."document_id" is null and "contributions"."proposed_hash" is null
      end);--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_code_format" CHECK ("accounts"."code" ~ '^(assets|liabilities|equity|income|expenses)(:[a-z0-9][a-z0-9-]{0,49}){1,3}$');