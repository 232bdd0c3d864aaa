-- "Who writes this commons" reads credit_days now; the covering index it used to scan only slowed accepts.
DROP INDEX IF EXISTS "contributions_credit_idx";
