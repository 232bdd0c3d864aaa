import type { Actor } from "../../http/env.ts";
import { requireActor } from "../accounts/policy.ts";

/**
 * Notifications, follows and preferences are each person's own: every read and write is scoped to
 * the signed-in person in its query, so there is nobody else's to reach. What a notification may tell
 * is decided when it is made (fanout.ts: only what its person may read).
 */
export const authorizeOwn = (actor: Actor | null): Actor => requireActor(actor);
