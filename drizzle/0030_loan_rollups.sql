CREATE TABLE "loan_months" (
	"unit_id" uuid NOT NULL,
	"month" date NOT NULL,
	"loans" integer DEFAULT 0 NOT NULL,
	"custody_minutes" bigint DEFAULT 0 NOT NULL,
	"paid" bigint DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"bought" integer DEFAULT 0 NOT NULL,
	"rented" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "loan_months_pkey" PRIMARY KEY("unit_id","month")
);
--> statement-breakpoint
CREATE TABLE "unit_borrowers" (
	"unit_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"loans" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "unit_borrowers_pkey" PRIMARY KEY("unit_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "vehicle_survey_answers" (
	"library_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"cars_given_up" integer NOT NULL,
	"cars_not_bought" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT triarchy_written_at() NOT NULL,
	CONSTRAINT "vehicle_survey_answers_pkey" PRIMARY KEY("library_id","person_id","round"),
	CONSTRAINT "vehicle_survey_answers_counts" CHECK ("vehicle_survey_answers"."cars_given_up" between 0 and 5 and "vehicle_survey_answers"."cars_not_bought" between 0 and 5)
);
--> statement-breakpoint
ALTER TABLE "loan_months" ADD CONSTRAINT "loan_months_unit_id_resource_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."resource_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_borrowers" ADD CONSTRAINT "unit_borrowers_unit_id_resource_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."resource_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_borrowers" ADD CONSTRAINT "unit_borrowers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicle_survey_answers" ADD CONSTRAINT "vehicle_survey_answers_library_id_libraries_id_fk" FOREIGN KEY ("library_id") REFERENCES "public"."libraries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicle_survey_answers" ADD CONSTRAINT "vehicle_survey_answers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_borrowers_person_idx" ON "unit_borrowers" USING btree ("person_id");--> statement-breakpoint
-- A loan's history is fixed once written: the unit, the borrower and the check-out stay; a return
-- and the answer after it are written once. So the rollups below only ever add.
CREATE FUNCTION loans_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF triarchy_restoring() THEN RETURN NEW; END IF;
  IF NEW.unit_id <> OLD.unit_id OR NEW.custodian_id <> OLD.custodian_id OR NEW.checked_out_at <> OLD.checked_out_at
     OR (OLD.checked_in_at IS NOT NULL AND (NEW.checked_in_at IS DISTINCT FROM OLD.checked_in_at OR NEW.condition_in IS DISTINCT FROM OLD.condition_in))
     OR (OLD.without_loan IS NOT NULL AND NEW.without_loan IS DISTINCT FROM OLD.without_loan) THEN
    RAISE EXCEPTION 'loan % is history', OLD.id USING ERRCODE = '23514', CONSTRAINT = 'loans_history';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER loans_guard BEFORE UPDATE ON loans FOR EACH ROW EXECUTE FUNCTION loans_guard();
--> statement-breakpoint
CREATE FUNCTION loans_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tz text;
  m date;
  d_loans int := 0;
  d_minutes bigint := 0;
  d_paid bigint := 0;
  d_answered int := 0;
  d_bought int := 0;
  d_rented int := 0;
BEGIN
  SELECT l.time_zone INTO tz
    FROM resource_units u JOIN resource_types t ON t.id = u.type_id JOIN libraries l ON l.id = t.library_id
    WHERE u.id = NEW.unit_id;
  m := date_trunc('month', NEW.checked_out_at AT TIME ZONE tz)::date;
  IF TG_OP = 'INSERT' THEN
    d_loans := 1;
    SELECT coalesce((SELECT b.fee FROM bookings b WHERE b.id = NEW.booking_id), 0) INTO d_paid;
    INSERT INTO unit_borrowers AS ub (unit_id, person_id, loans) VALUES (NEW.unit_id, NEW.custodian_id, 1)
      ON CONFLICT (unit_id, person_id) DO UPDATE SET loans = ub.loans + 1;
  END IF;
  IF NEW.checked_in_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.checked_in_at IS NULL) THEN
    d_minutes := floor(extract(epoch FROM NEW.checked_in_at - NEW.checked_out_at) / 60);
  END IF;
  IF NEW.without_loan IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.without_loan IS NULL) THEN
    d_answered := 1;
    d_bought := (NEW.without_loan = 'bought')::int;
    d_rented := (NEW.without_loan = 'rented')::int;
  END IF;
  IF d_loans > 0 OR d_minutes > 0 OR d_paid > 0 OR d_answered > 0 THEN
    INSERT INTO loan_months AS lm (unit_id, month, loans, custody_minutes, paid, answered, bought, rented)
      VALUES (NEW.unit_id, m, d_loans, d_minutes, d_paid, d_answered, d_bought, d_rented)
      ON CONFLICT (unit_id, month) DO UPDATE SET
        loans = lm.loans + EXCLUDED.loans,
        custody_minutes = lm.custody_minutes + EXCLUDED.custody_minutes,
        paid = lm.paid + EXCLUDED.paid,
        answered = lm.answered + EXCLUDED.answered,
        bought = lm.bought + EXCLUDED.bought,
        rented = lm.rented + EXCLUDED.rented;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER loans_rollup AFTER INSERT OR UPDATE OF checked_in_at, without_loan ON loans
  FOR EACH ROW EXECUTE FUNCTION loans_rollup();
--> statement-breakpoint
-- Only the rollup writes the rollups (and cascades from deleted units).
CREATE FUNCTION loan_rollups_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 AND NOT triarchy_restoring() THEN
    RAISE EXCEPTION '% is kept by the loans_rollup trigger', TG_TABLE_NAME USING ERRCODE = '23514', CONSTRAINT = 'loan_rollups_guard';
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;
--> statement-breakpoint
CREATE TRIGGER loan_months_guard BEFORE INSERT OR UPDATE OR DELETE ON loan_months FOR EACH ROW EXECUTE FUNCTION loan_rollups_guard();
--> statement-breakpoint
CREATE TRIGGER unit_borrowers_guard BEFORE INSERT OR UPDATE OR DELETE ON unit_borrowers FOR EACH ROW EXECUTE FUNCTION loan_rollups_guard();
