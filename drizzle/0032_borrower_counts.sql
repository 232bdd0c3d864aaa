CREATE TABLE "library_borrowers" (
	"library_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"loans" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "library_borrowers_pkey" PRIMARY KEY("library_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "unit_people" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"people" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "library_borrowers" ADD CONSTRAINT "library_borrowers_library_id_libraries_id_fk" FOREIGN KEY ("library_id") REFERENCES "public"."libraries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_borrowers" ADD CONSTRAINT "library_borrowers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_people" ADD CONSTRAINT "unit_people_unit_id_resource_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."resource_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The rollup now also counts each unit's distinct borrowers and each borrower's loans per library, so
-- the impact page never reads unit_borrowers (one row per unit and person: as many as the loans).
CREATE OR REPLACE FUNCTION loans_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tz text;
  lib uuid;
  m date;
  first_time boolean;
  d_loans int := 0;
  d_minutes bigint := 0;
  d_paid bigint := 0;
  d_answered int := 0;
  d_bought int := 0;
  d_rented int := 0;
BEGIN
  SELECT l.time_zone, l.id INTO tz, lib
    FROM resource_units u JOIN resource_types t ON t.id = u.type_id JOIN libraries l ON l.id = t.library_id
    WHERE u.id = NEW.unit_id;
  m := date_trunc('month', NEW.checked_out_at AT TIME ZONE tz)::date;
  IF TG_OP = 'INSERT' THEN
    d_loans := 1;
    SELECT coalesce((SELECT b.fee FROM bookings b WHERE b.id = NEW.booking_id), 0) INTO d_paid;
    INSERT INTO unit_borrowers AS ub (unit_id, person_id, loans) VALUES (NEW.unit_id, NEW.custodian_id, 1)
      ON CONFLICT (unit_id, person_id) DO UPDATE SET loans = ub.loans + 1
      RETURNING (xmax = 0) INTO first_time;
    IF first_time THEN
      INSERT INTO unit_people AS up (unit_id, people) VALUES (NEW.unit_id, 1)
        ON CONFLICT (unit_id) DO UPDATE SET people = up.people + 1;
    END IF;
    INSERT INTO library_borrowers AS lb (library_id, person_id, loans) VALUES (lib, NEW.custodian_id, 1)
      ON CONFLICT (library_id, person_id) DO UPDATE SET loans = lb.loans + 1;
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
CREATE TRIGGER unit_people_guard BEFORE INSERT OR UPDATE OR DELETE ON unit_people FOR EACH ROW EXECUTE FUNCTION loan_rollups_guard();
--> statement-breakpoint
CREATE TRIGGER library_borrowers_guard BEFORE INSERT OR UPDATE OR DELETE ON library_borrowers FOR EACH ROW EXECUTE FUNCTION loan_rollups_guard();
--> statement-breakpoint
-- Loans written before this migration: counted once here (the guard lets a restore-like write through).
SELECT set_config('triarchy.restoring', 'on', true);
--> statement-breakpoint
INSERT INTO unit_people (unit_id, people) SELECT unit_id, count(*) FROM unit_borrowers GROUP BY unit_id;
--> statement-breakpoint
INSERT INTO library_borrowers (library_id, person_id, loans)
  SELECT t.library_id, ub.person_id, sum(ub.loans) FROM unit_borrowers ub
  JOIN resource_units u ON u.id = ub.unit_id JOIN resource_types t ON t.id = u.type_id
  GROUP BY t.library_id, ub.person_id;
--> statement-breakpoint
SELECT set_config('triarchy.restoring', 'off', true);
