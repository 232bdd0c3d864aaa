import { sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { nowMs } from "../../now.ts";
import { requireActor } from "../accounts/policy.ts";
import { findLibrary } from "./library-service.ts";
import { t } from "./messages.ts";
import { vehicleSurveyAnswers } from "./schema.ts";

/** A vehicle borrower's answer to this round of the survey (one per round; a later one replaces it). */
export async function answerVehicleSurvey(
  db: Db,
  actor: Actor | null,
  librarySlug: string,
  input: { round?: number | undefined; carsGivenUp: number; carsNotBought: number },
) {
  const me = requireActor(actor);
  const library = await findLibrary(db, librarySlug);
  const [borrowed] = await rowsOf<{ yes: boolean }>(
    db,
    sql`select exists (select 1 from loans l join resource_units u on u.id = l.unit_id join resource_types t on t.id = u.type_id
                       where t.library_id = ${library.id}::uuid and t.kind = 'vehicle' and l.custodian_id = ${me.id}::uuid) as yes`,
  );
  if (!borrowed?.yes) throw AppError.forbidden(t("vehicleBorrowersOnly"));
  const round = input.round ?? Temporal.Instant.fromEpochMilliseconds(nowMs()).toZonedDateTimeISO(library.timeZone).year;
  await db
    .insert(vehicleSurveyAnswers)
    .values({ libraryId: library.id, personId: me.id, round, carsGivenUp: input.carsGivenUp, carsNotBought: input.carsNotBought })
    .onConflictDoUpdate({
      target: [vehicleSurveyAnswers.libraryId, vehicleSurveyAnswers.personId, vehicleSurveyAnswers.round],
      set: { carsGivenUp: input.carsGivenUp, carsNotBought: input.carsNotBought, createdAt: sql`triarchy_written_at()` },
    });
}
