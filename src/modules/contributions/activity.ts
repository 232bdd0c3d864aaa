import type { Executor } from "../../db/types.ts";
import { recordActivity } from "../activity/service.ts";
import type { Commons } from "../commons/service.ts";

/** Every contribution event has one shape: about the contribution, in its commons, in its community's feed. */
export function recordContributionActivity(
  tx: Executor,
  actorId: string,
  verb: string,
  c: { id: string; title: string },
  target: Commons,
  data: Record<string, unknown> = {},
) {
  return recordActivity(tx, {
    actorId,
    verb: `contribution.${verb}`,
    objectType: "contribution",
    objectId: c.id,
    targetType: "commons",
    targetId: target.id,
    organizationId: target.communityId,
    data: { commons: target.slug, title: c.title, ...data },
  });
}
