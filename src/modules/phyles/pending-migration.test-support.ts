import { sql } from "drizzle-orm";
import type { Db } from "../../db/types.ts";

/**
 * TESTS ONLY, until a migration replaces these functions. In 0013, `phyle_commitments_exact` and
 * `distributions_exact` pick their target with `CASE ... THEN NEW.id ELSE NEW.period_id END`; PL/pgSQL
 * plans the whole expression, so on the parent table (which has no `period_id` / `distribution_id`)
 * every insert fails at commit with 42703 `record "new" has no field ...`. Reading the field through
 * to_jsonb avoids naming a column the row lacks. This is the SQL the migration should carry.
 */
export const TRIGGER_FIX = [
  `
CREATE OR REPLACE FUNCTION phyle_commitments_exact() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid := (to_jsonb(NEW) ->> CASE WHEN TG_TABLE_NAME = 'phyle_periods' THEN 'id' ELSE 'period_id' END)::uuid;
  expected bigint;
  total numeric;
BEGIN
  SELECT committed INTO expected FROM phyle_periods WHERE id = target;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT coalesce(sum(amount), 0) INTO total FROM phyle_commitments WHERE period_id = target;
  IF total <> expected THEN
    RAISE EXCEPTION 'phyle period % commitments sum to %, not %', target, total, expected
      USING ERRCODE = '23514', CONSTRAINT = 'phyle_commitments_exact';
  END IF;
  RETURN NULL;
END $$`,
  `CREATE OR REPLACE FUNCTION distributions_exact() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid := (to_jsonb(NEW) ->> CASE WHEN TG_TABLE_NAME = 'distributions' THEN 'id' ELSE 'distribution_id' END)::uuid;
  expected bigint;
  total numeric;
BEGIN
  SELECT amount INTO expected FROM distributions WHERE id = target;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT coalesce(sum(amount), 0) INTO total FROM distribution_shares WHERE distribution_id = target;
  IF total <> expected THEN
    RAISE EXCEPTION 'distribution % shares sum to %, not %', target, total, expected
      USING ERRCODE = '23514', CONSTRAINT = 'distributions_exact';
  END IF;
  RETURN NULL;
END $$`,
];

/** Applies TRIGGER_FIX to a test database unless the migrations already fixed the functions. */
export async function applyPendingTriggerFix(db: Db) {
  for (const statement of TRIGGER_FIX) await db.execute(sql.raw(statement));
}
