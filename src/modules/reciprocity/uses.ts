import { eq } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { findCommons, organizationOfKind } from "../commons/service.ts";
import { lockedStanding } from "../organizations/service.ts";
import { today } from "../treasury/context.ts";
import type { UseBody, UsePatchBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeDeclareUse } from "./policy.ts";
import { commonsUses } from "./schema.ts";

const USE_CONFLICTS = {
  commons_uses_key: { path: "body.enterprise", message: t("useExists") },
  commons_uses_enterprise_only: { path: "body.enterprise", message: t("usesEnterpriseOnly") },
  commons_uses_dates: { path: "body.endedOn", message: t("useDates") },
};

/** An enterprise's stewards or treasurers declare what it builds on a commons. */
export async function declareUse(db: Db, actor: Actor | null, slug: string, body: UseBody) {
  try {
    return await db.transaction(async (tx) => {
      const c = await findCommons(tx, slug);
      const enterprise = await organizationOfKind(tx, body.enterprise, "enterprise", "body.enterprise");
      const me = authorizeDeclareUse(actor, await lockedStanding(tx, enterprise.id, actor));
      const [use] = await tx
        .insert(commonsUses)
        .values({
          commonsId: c.id,
          enterpriseId: enterprise.id,
          purpose: body.purpose,
          product: body.product,
          description: body.description,
          surplusToWorkers: body.surplusToWorkers,
          since: body.since ?? today(),
          declaredBy: me.id,
        })
        .returning();
      if (!use) throw new Error("insert returned no use");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "use.declared",
        objectType: "use",
        objectId: use.id,
        targetType: "commons",
        targetId: c.id,
        organizationId: enterprise.id,
        data: { purpose: use.purpose, product: use.product, commons: c.slug, enterprise: enterprise.slug },
      });
      return use;
    });
  } catch (err) {
    throw integrityProblem(err, USE_CONFLICTS) ?? err;
  }
}

/** Its purpose, product or dates change; ending it keeps the record. */
export async function updateUse(db: Db, actor: Actor | null, id: string, patch: UsePatchBody) {
  try {
    return await db.transaction(async (tx) => {
      const [use] = await tx.select().from(commonsUses).where(eq(commonsUses.id, id)).for("update");
      if (!use) throw AppError.notFound(t("declaredUse"));
      const me = authorizeDeclareUse(actor, await lockedStanding(tx, use.enterpriseId, actor));
      const [updated] = await tx
        .update(commonsUses)
        .set({ ...patch, updatedAt: writtenAt })
        .where(eq(commonsUses.id, id))
        .returning();
      await recordActivity(tx, {
        actorId: me.id,
        verb: patch.endedOn ? "use.ended" : "use.updated",
        objectType: "use",
        objectId: id,
        targetType: "commons",
        targetId: use.commonsId,
        organizationId: use.enterpriseId,
        data: { changed: Object.keys(patch) },
      });
      return updated ?? use;
    });
  } catch (err) {
    throw integrityProblem(err, USE_CONFLICTS) ?? err;
  }
}
