CREATE TYPE "public"."ballot_visibility" AS ENUM('public', 'secret');--> statement-breakpoint
CREATE TYPE "public"."decision_method" AS ENUM('majority', 'supermajority', 'consent', 'consensus', 'approval', 'score', 'ranked');--> statement-breakpoint
CREATE TYPE "public"."decision_outcome" AS ENUM('passed', 'rejected', 'no_quorum', 'chosen', 'tied', 'no_votes');--> statement-breakpoint
CREATE TYPE "public"."proposal_status" AS ENUM('scheduled', 'open', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."account_type" AS ENUM('asset', 'liability', 'equity', 'income', 'expense');--> statement-breakpoint
CREATE TYPE "public"."counterparty_kind" AS ENUM('community', 'association', 'enterprise', 'public_body', 'individual', 'internal');--> statement-breakpoint
CREATE TYPE "public"."transaction_kind" AS ENUM('donation', 'membership_fee', 'sponsorship', 'grant', 'reciprocity', 'expense', 'payout', 'transfer');--> statement-breakpoint
CREATE TYPE "public"."budget_status" AS ENUM('draft', 'proposed', 'approved', 'rejected', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."donation_status" AS ENUM('pending', 'confirmed', 'declined');--> statement-breakpoint
CREATE TYPE "public"."expense_approval" AS ENUM('decision', 'budget');--> statement-breakpoint
CREATE TYPE "public"."expense_status" AS ENUM('submitted', 'approved', 'rejected', 'paid', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."fee_period" AS ENUM('monthly', 'quarterly', 'yearly');--> statement-breakpoint
ALTER TYPE "public"."thread_subject" ADD VALUE 'proposal';--> statement-breakpoint
CREATE TABLE "proposal_electors" (
	"proposal_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "proposal_electors_pkey" PRIMARY KEY("proposal_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"author_id" uuid,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"html" text DEFAULT '' NOT NULL,
	"method" "decision_method" NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"threshold_numerator" smallint,
	"threshold_denominator" smallint,
	"score_max" smallint,
	"electorate_roles" "membership_role"[],
	"quorum_percent" smallint DEFAULT 0 NOT NULL,
	"ballot" "ballot_visibility" DEFAULT 'public' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"status" "proposal_status" DEFAULT 'scheduled' NOT NULL,
	"electorate_size" integer,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"outcome" "decision_outcome",
	"result" jsonb,
	"cancelled_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_window" CHECK ("proposals"."closes_at" > "proposals"."opens_at"),
	CONSTRAINT "proposals_quorum" CHECK ("proposals"."quorum_percent" between 0 and 100),
	CONSTRAINT "proposals_threshold" CHECK (("proposals"."method" = 'supermajority') = ("proposals"."threshold_numerator" is not null and "proposals"."threshold_denominator" is not null)
          and ("proposals"."threshold_numerator" is null or ("proposals"."threshold_numerator" > 0 and "proposals"."threshold_denominator" > 0 and "proposals"."threshold_numerator" <= "proposals"."threshold_denominator"))),
	CONSTRAINT "proposals_score_max" CHECK (("proposals"."method" = 'score') = ("proposals"."score_max" is not null) and ("proposals"."score_max" is null or "proposals"."score_max" between 1 and 100)),
	CONSTRAINT "proposals_options" CHECK (case when "proposals"."method" in ('approval', 'score', 'ranked') then cardinality("proposals"."options") between 2 and 20 else cardinality("proposals"."options") = 0 end),
	CONSTRAINT "proposals_closed_result" CHECK (("proposals"."status" = 'closed') = ("proposals"."outcome" is not null and "proposals"."result" is not null and "proposals"."closed_at" is not null)),
	CONSTRAINT "proposals_opened" CHECK ("proposals"."status" = 'scheduled' or "proposals"."status" = 'cancelled' or ("proposals"."electorate_size" is not null and "proposals"."opened_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"proposal_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"answer" text,
	"options" smallint[],
	"scores" smallint[],
	"reason" text,
	"changes" integer DEFAULT 0 NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "votes_pkey" PRIMARY KEY("proposal_id","person_id"),
	CONSTRAINT "votes_one_shape" CHECK (num_nonnulls("votes"."answer", "votes"."options", "votes"."scores") = 1),
	CONSTRAINT "votes_reason" CHECK ("votes"."answer" is null or "votes"."answer" not in ('object', 'block') or length(btrim(coalesce("votes"."reason", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "account_balances" (
	"account_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"balance" numeric(38, 0) NOT NULL,
	"postings" integer NOT NULL,
	"floor" smallint,
	CONSTRAINT "account_balances_pkey" PRIMARY KEY("account_id","currency"),
	CONSTRAINT "account_balances_floor" CHECK ("account_balances"."floor" is null or "account_balances"."balance" * "account_balances"."floor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"book_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" "account_type" NOT NULL,
	"currencies" char(3)[] NOT NULL,
	"allow_negative" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_code_format" CHECK ("accounts"."code" ~ '^(assets|liabilities|equity|income|expenses)(:[a-z0-9][a-z0-9-]{0,39}){1,3}$'),
	CONSTRAINT "accounts_code_type" CHECK (split_part("accounts"."code", ':', 1) = case "accounts"."type" when 'asset' then 'assets' when 'liability' then 'liabilities' when 'equity' then 'equity' when 'income' then 'income' else 'expenses' end),
	CONSTRAINT "accounts_currencies" CHECK (cardinality("accounts"."currencies") between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "books" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"person_id" uuid,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "books_one_owner" CHECK (num_nonnulls("books"."organization_id", "books"."person_id") = 1),
	CONSTRAINT "books_currency" CHECK ("books"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ledger_months" (
	"book_id" uuid NOT NULL,
	"month" date NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" "transaction_kind" NOT NULL,
	"counterparty_kind" "counterparty_kind" NOT NULL,
	"currency" char(3) NOT NULL,
	"amount" numeric(38, 0) NOT NULL,
	"postings" integer NOT NULL,
	CONSTRAINT "ledger_months_pkey" PRIMARY KEY("book_id","month","account_id","kind","counterparty_kind","currency")
);
--> statement-breakpoint
CREATE TABLE "postings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "postings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"transaction_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"memo" text,
	CONSTRAINT "postings_amount" CHECK ("postings"."amount" <> 0 and abs("postings"."amount") <= 1000000000000000)
);
--> statement-breakpoint
CREATE TABLE "transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "transactions_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"book_id" uuid NOT NULL,
	"kind" "transaction_kind" NOT NULL,
	"date" date NOT NULL,
	"description" text NOT NULL,
	"counterparty_kind" "counterparty_kind" NOT NULL,
	"counterparty_organization_id" uuid,
	"counterparty_person_id" uuid,
	"counterparty_name" text NOT NULL,
	"decision_id" uuid,
	"transfer_id" uuid,
	"reverses_id" uuid,
	"posted_by" uuid,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transactions_description" CHECK (length("transactions"."description") between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"name" text NOT NULL,
	"account_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "budget_lines_amount" CHECK ("budget_lines"."amount" > 0 and "budget_lines"."amount" <= 1000000000000000)
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"status" "budget_status" DEFAULT 'draft' NOT NULL,
	"proposal_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_year" CHECK ("budgets"."year" between 2000 and 2200),
	CONSTRAINT "budgets_decided" CHECK ("budgets"."status" in ('draft') or "budgets"."proposal_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "donations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"donor_id" uuid,
	"anonymous" boolean DEFAULT false NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" "donation_status" DEFAULT 'pending' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"transaction_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "donations_amount" CHECK ("donations"."amount" > 0 and "donations"."amount" <= 1000000000000000),
	CONSTRAINT "donations_posted" CHECK (("donations"."status" = 'confirmed') = ("donations"."transaction_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "expenses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"submitted_by" uuid,
	"payee_person_id" uuid,
	"payee_name" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"purpose" text NOT NULL,
	"account_id" uuid NOT NULL,
	"budget_line_id" uuid,
	"status" "expense_status" DEFAULT 'submitted' NOT NULL,
	"approval" "expense_approval",
	"proposal_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"transaction_id" uuid,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expenses_amount" CHECK ("expenses"."amount" > 0 and "expenses"."amount" <= 1000000000000000),
	CONSTRAINT "expenses_authorised" CHECK ("expenses"."status" not in ('approved', 'paid') or ("expenses"."approval" = 'decision' and "expenses"."proposal_id" is not null) or ("expenses"."approval" = 'budget' and "expenses"."budget_line_id" is not null and "expenses"."decided_by" is not null)),
	CONSTRAINT "expenses_paid" CHECK (("expenses"."status" = 'paid') = ("expenses"."transaction_id" is not null and "expenses"."paid_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "fee_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"period" "fee_period" NOT NULL,
	"starts_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fee_schedules_amount" CHECK ("fee_schedules"."amount" > 0 and "fee_schedules"."amount" <= 1000000000000000)
);
--> statement-breakpoint
CREATE TABLE "membership_fees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"transaction_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_fees_period" CHECK ("membership_fees"."period_end" > "membership_fees"."period_start")
);
--> statement-breakpoint
CREATE TABLE "receipts" (
	"expense_id" uuid PRIMARY KEY NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "proposal_electors" ADD CONSTRAINT "proposal_electors_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_electors" ADD CONSTRAINT "proposal_electors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_elector_fk" FOREIGN KEY ("proposal_id","person_id") REFERENCES "public"."proposal_electors"("proposal_id","person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_balances" ADD CONSTRAINT "account_balances_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_book_id_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."books"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_months" ADD CONSTRAINT "ledger_months_book_id_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."books"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_months" ADD CONSTRAINT "ledger_months_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_book_id_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."books"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_counterparty_organization_id_organizations_id_fk" FOREIGN KEY ("counterparty_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_counterparty_person_id_people_id_fk" FOREIGN KEY ("counterparty_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_decision_id_proposals_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_posted_by_people_id_fk" FOREIGN KEY ("posted_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_donor_id_people_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_reviewed_by_people_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_payee_person_id_people_id_fk" FOREIGN KEY ("payee_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_budget_line_id_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."budget_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_schedules" ADD CONSTRAINT "fee_schedules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_schedules" ADD CONSTRAINT "fee_schedules_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_fees" ADD CONSTRAINT "membership_fees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_fees" ADD CONSTRAINT "membership_fees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_fees" ADD CONSTRAINT "membership_fees_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_expense_id_expenses_id_fk" FOREIGN KEY ("expense_id") REFERENCES "public"."expenses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_electors_person_idx" ON "proposal_electors" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "proposals_org_idx" ON "proposals" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "proposals_due_idx" ON "proposals" USING btree ("status","closes_at") WHERE status in ('scheduled', 'open');--> statement-breakpoint
CREATE INDEX "votes_person_idx" ON "votes" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_book_code_key" ON "accounts" USING btree ("book_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "books_organization_key" ON "books" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "books_person_key" ON "books" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "postings_transaction_idx" ON "postings" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "postings_account_idx" ON "postings" USING btree ("account_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "transactions_seq_key" ON "transactions" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "transactions_book_idx" ON "transactions" USING btree ("book_id","date","seq");--> statement-breakpoint
CREATE INDEX "transactions_book_seq_idx" ON "transactions" USING btree ("book_id","seq");--> statement-breakpoint
CREATE INDEX "transactions_transfer_idx" ON "transactions" USING btree ("transfer_id");--> statement-breakpoint
CREATE INDEX "transactions_decision_idx" ON "transactions" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transactions_reverses_key" ON "transactions" USING btree ("reverses_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_lines_budget_name_key" ON "budget_lines" USING btree ("budget_id","name");--> statement-breakpoint
CREATE INDEX "budgets_org_idx" ON "budgets" USING btree ("organization_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_one_approved_per_year" ON "budgets" USING btree ("organization_id","year") WHERE status = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_proposal_key" ON "budgets" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "donations_org_idx" ON "donations" USING btree ("organization_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "expenses_org_idx" ON "expenses" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "expenses_line_idx" ON "expenses" USING btree ("budget_line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expenses_proposal_key" ON "expenses" USING btree ("proposal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fee_schedules_org_start_key" ON "fee_schedules" USING btree ("organization_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_fees_period_key" ON "membership_fees" USING btree ("organization_id","person_id","period_start");