CREATE TYPE "public"."pb_ballot_type" AS ENUM('approval', 'cumulative', 'scoring', 'ordinal', 'choose-1');--> statement-breakpoint
CREATE TYPE "public"."pb_call_phase" AS ENUM('draft', 'submission', 'review', 'voting', 'results', 'implementation');--> statement-breakpoint
CREATE TYPE "public"."pb_grant_status" AS ENUM('active', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."pb_project_status" AS ENUM('submitted', 'eligible', 'ineligible', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."pb_voter_rule" AS ENUM('signed_in', 'register');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'budget_call';--> statement-breakpoint
CREATE TABLE "pb_ballot_choices" (
	"ballot_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"points" integer,
	"rank" smallint,
	CONSTRAINT "pb_ballot_choices_pkey" PRIMARY KEY("ballot_id","project_id"),
	CONSTRAINT "pb_ballot_choices_points" CHECK (coalesce("pb_ballot_choices"."points", 1) > 0 and coalesce("pb_ballot_choices"."rank", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "pb_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"voter_id" uuid,
	"reference" text,
	"paper" boolean DEFAULT false NOT NULL,
	"entered_by" uuid,
	"district_id" uuid,
	"pabulib_cells" text[],
	"file_position" integer,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "pb_ballots_call_key" UNIQUE("call_id","id"),
	CONSTRAINT "pb_ballots_someone" CHECK ("pb_ballots"."voter_id" is not null or "pb_ballots"."reference" is not null)
);
--> statement-breakpoint
CREATE TABLE "pb_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"eligibility" text DEFAULT '' NOT NULL,
	"budget" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"budget_line_id" uuid,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"phase" "pb_call_phase" DEFAULT 'draft' NOT NULL,
	"submission_opens" timestamp with time zone NOT NULL,
	"review_opens" timestamp with time zone NOT NULL,
	"voting_opens" timestamp with time zone NOT NULL,
	"voting_closes" timestamp with time zone NOT NULL,
	"implementation_opens" timestamp with time zone NOT NULL,
	"ballot_type" "pb_ballot_type" NOT NULL,
	"min_projects" smallint,
	"max_projects" smallint,
	"max_cost" bigint,
	"total_points" integer,
	"max_points_per_project" integer,
	"voters" "pb_voter_rule" DEFAULT 'signed_in' NOT NULL,
	"secret" boolean DEFAULT true NOT NULL,
	"rules" jsonb NOT NULL,
	"pabulib_meta" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "pb_calls_budget" CHECK ("pb_calls"."budget" > 0 and "pb_calls"."budget" <= 1000000000000000),
	CONSTRAINT "pb_calls_phase_order" CHECK ("pb_calls"."submission_opens" <= "pb_calls"."review_opens" and "pb_calls"."review_opens" <= "pb_calls"."voting_opens" and "pb_calls"."voting_opens" < "pb_calls"."voting_closes" and "pb_calls"."voting_closes" <= "pb_calls"."implementation_opens"),
	CONSTRAINT "pb_calls_lengths" CHECK (coalesce("pb_calls"."min_projects", 0) >= 0 and coalesce("pb_calls"."min_projects", 0) <= coalesce("pb_calls"."max_projects", 32767)),
	CONSTRAINT "pb_calls_points" CHECK (("pb_calls"."ballot_type" = 'cumulative') = ("pb_calls"."total_points" is not null) and coalesce("pb_calls"."total_points", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "pb_districts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"name" text NOT NULL,
	"budget" bigint NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "pb_districts_call_key" UNIQUE("call_id","id"),
	CONSTRAINT "pb_districts_budget" CHECK ("pb_districts"."budget" > 0 and "pb_districts"."budget" <= 1000000000000000)
);
--> statement-breakpoint
CREATE TABLE "pb_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"recipient_person_id" uuid,
	"recipient_organization_id" uuid,
	"recipient_name" text NOT NULL,
	"amount" bigint NOT NULL,
	"status" "pb_grant_status" DEFAULT 'active' NOT NULL,
	"progress" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "pb_grants_amount" CHECK ("pb_grants"."amount" > 0 and "pb_grants"."amount" <= 1000000000000000),
	CONSTRAINT "pb_grants_progress" CHECK ("pb_grants"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "pb_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"district_id" uuid,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"cost" bigint NOT NULL,
	"cost_breakdown" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"location" jsonb,
	"images" text[] DEFAULT '{}' NOT NULL,
	"commons_id" uuid,
	"author_id" uuid,
	"organization_id" uuid,
	"status" "pb_project_status" DEFAULT 'submitted' NOT NULL,
	"review_reason" text,
	"cost_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"supports" integer DEFAULT 0 NOT NULL,
	"pabulib_cells" text[],
	"file_position" integer,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "pb_projects_call_key" UNIQUE("call_id","id"),
	CONSTRAINT "pb_projects_cost" CHECK ("pb_projects"."cost" > 0 and "pb_projects"."cost" <= 1000000000000000),
	CONSTRAINT "pb_projects_reviewed" CHECK ("pb_projects"."status" in ('submitted', 'withdrawn') or ("pb_projects"."reviewed_at" is not null and "pb_projects"."review_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "pb_register" (
	"call_id" uuid NOT NULL,
	"identifier_hash" char(64) NOT NULL,
	"code_hash" char(64) NOT NULL,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone,
	CONSTRAINT "pb_register_pkey" PRIMARY KEY("call_id","identifier_hash")
);
--> statement-breakpoint
CREATE TABLE "pb_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"progress" smallint NOT NULL,
	"evidence" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "pb_reports_progress" CHECK ("pb_reports"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "pb_results" (
	"call_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"winners" uuid[] NOT NULL,
	"cost" bigint NOT NULL,
	"ballots" integer NOT NULL,
	"explanation" jsonb NOT NULL,
	"official" boolean NOT NULL,
	"computed_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "pb_results_pkey" PRIMARY KEY("call_id","rule")
);
--> statement-breakpoint
CREATE TABLE "pb_supports" (
	"project_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "pb_supports_pkey" PRIMARY KEY("project_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "pb_tranches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"milestone" text NOT NULL,
	"amount" bigint NOT NULL,
	"due_on" date,
	"expense_id" uuid,
	"paid_at" timestamp with time zone,
	CONSTRAINT "pb_tranches_amount" CHECK ("pb_tranches"."amount" > 0 and "pb_tranches"."amount" <= 1000000000000000),
	CONSTRAINT "pb_tranches_paid" CHECK (("pb_tranches"."expense_id" is null) = ("pb_tranches"."paid_at" is null))
);
--> statement-breakpoint
ALTER TABLE "pb_ballot_choices" ADD CONSTRAINT "pb_ballot_choices_ballot_fk" FOREIGN KEY ("call_id","ballot_id") REFERENCES "public"."pb_ballots"("call_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_ballot_choices" ADD CONSTRAINT "pb_ballot_choices_project_fk" FOREIGN KEY ("call_id","project_id") REFERENCES "public"."pb_projects"("call_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_ballots" ADD CONSTRAINT "pb_ballots_call_id_pb_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."pb_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_ballots" ADD CONSTRAINT "pb_ballots_voter_id_people_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_ballots" ADD CONSTRAINT "pb_ballots_entered_by_people_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_ballots" ADD CONSTRAINT "pb_ballots_district_fk" FOREIGN KEY ("call_id","district_id") REFERENCES "public"."pb_districts"("call_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_calls" ADD CONSTRAINT "pb_calls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_calls" ADD CONSTRAINT "pb_calls_budget_line_id_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."budget_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_calls" ADD CONSTRAINT "pb_calls_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_districts" ADD CONSTRAINT "pb_districts_call_id_pb_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."pb_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_grants" ADD CONSTRAINT "pb_grants_call_id_pb_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."pb_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_grants" ADD CONSTRAINT "pb_grants_project_id_pb_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."pb_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_grants" ADD CONSTRAINT "pb_grants_recipient_person_id_people_id_fk" FOREIGN KEY ("recipient_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_grants" ADD CONSTRAINT "pb_grants_recipient_organization_id_organizations_id_fk" FOREIGN KEY ("recipient_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_projects" ADD CONSTRAINT "pb_projects_call_id_pb_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."pb_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_projects" ADD CONSTRAINT "pb_projects_commons_id_commons_id_fk" FOREIGN KEY ("commons_id") REFERENCES "public"."commons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_projects" ADD CONSTRAINT "pb_projects_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_projects" ADD CONSTRAINT "pb_projects_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_projects" ADD CONSTRAINT "pb_projects_reviewed_by_people_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_projects" ADD CONSTRAINT "pb_projects_district_fk" FOREIGN KEY ("call_id","district_id") REFERENCES "public"."pb_districts"("call_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_register" ADD CONSTRAINT "pb_register_call_id_pb_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."pb_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_register" ADD CONSTRAINT "pb_register_claimed_by_people_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_reports" ADD CONSTRAINT "pb_reports_grant_id_pb_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."pb_grants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_reports" ADD CONSTRAINT "pb_reports_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_results" ADD CONSTRAINT "pb_results_call_id_pb_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."pb_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_supports" ADD CONSTRAINT "pb_supports_project_id_pb_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."pb_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_supports" ADD CONSTRAINT "pb_supports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_tranches" ADD CONSTRAINT "pb_tranches_grant_id_pb_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."pb_grants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_tranches" ADD CONSTRAINT "pb_tranches_expense_id_expenses_id_fk" FOREIGN KEY ("expense_id") REFERENCES "public"."expenses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pb_ballot_choices_project_idx" ON "pb_ballot_choices" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_ballots_voter_key" ON "pb_ballots" USING btree ("call_id","voter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_ballots_reference_key" ON "pb_ballots" USING btree ("call_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_calls_slug_key" ON "pb_calls" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "pb_calls_org_idx" ON "pb_calls" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_districts_name_key" ON "pb_districts" USING btree ("call_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_grants_project_key" ON "pb_grants" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "pb_grants_call_idx" ON "pb_grants" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_projects_number_key" ON "pb_projects" USING btree ("call_id","number");--> statement-breakpoint
CREATE INDEX "pb_projects_call_idx" ON "pb_projects" USING btree ("call_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_register_code_key" ON "pb_register" USING btree ("call_id","code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_register_claimed_key" ON "pb_register" USING btree ("call_id","claimed_by");--> statement-breakpoint
CREATE INDEX "pb_reports_grant_idx" ON "pb_reports" USING btree ("grant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_results_one_official" ON "pb_results" USING btree ("call_id") WHERE official;--> statement-breakpoint
CREATE UNIQUE INDEX "pb_tranches_position_key" ON "pb_tranches" USING btree ("grant_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_tranches_expense_key" ON "pb_tranches" USING btree ("expense_id");--> statement-breakpoint
-- A ballot is written or changed only while its call's voting is open (by the database's
-- clock, so a request that began before the close and commits after it is refused too). An imported
-- call (a Pabulib file) is a closed record whose ballots are written once, by its import. Deletions are
-- not guarded: a voter's account may be deleted, and a call with its organization, after the vote.
CREATE FUNCTION pb_ballots_in_voting() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  SELECT voting_opens, voting_closes, pabulib_meta IS NOT NULL AS imported INTO c FROM pb_calls WHERE id = NEW.call_id;
  IF c.imported AND TG_OP = 'INSERT' THEN
    RETURN NEW;
  END IF;
  IF NOT (triarchy_now() >= c.voting_opens AND triarchy_now() < c.voting_closes) THEN
    RAISE EXCEPTION 'voting in call % is not open', NEW.call_id USING ERRCODE = '23514', CONSTRAINT = 'pb_ballots_voting_open';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER pb_ballots_in_voting BEFORE INSERT OR UPDATE ON pb_ballots FOR EACH ROW EXECUTE FUNCTION pb_ballots_in_voting();
--> statement-breakpoint
CREATE TRIGGER pb_ballot_choices_in_voting BEFORE INSERT OR UPDATE ON pb_ballot_choices FOR EACH ROW EXECUTE FUNCTION pb_ballots_in_voting();
--> statement-breakpoint
-- A grant's tranches never add up to more than the grant.
CREATE FUNCTION pb_tranches_within_grant() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  granted bigint;
  planned numeric;
BEGIN
  SELECT amount INTO granted FROM pb_grants WHERE id = NEW.grant_id FOR UPDATE;
  SELECT coalesce(sum(amount), 0) INTO planned FROM pb_tranches WHERE grant_id = NEW.grant_id AND id <> NEW.id;
  IF planned + NEW.amount > granted THEN
    RAISE EXCEPTION 'grant % has % left; tranche needs %', NEW.grant_id, granted - planned, NEW.amount
      USING ERRCODE = '23514', CONSTRAINT = 'pb_tranches_within_grant';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER pb_tranches_within_grant BEFORE INSERT OR UPDATE OF amount ON pb_tranches FOR EACH ROW EXECUTE FUNCTION pb_tranches_within_grant();
