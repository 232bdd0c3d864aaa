import type { Actor } from "../../http/env.ts";
import { requireAdmin } from "../accounts/policy.ts";

/** Who may do what in federation: anyone signed in follows from here; the instance's admin blocks. */
export const authorizeBlocks = (actor: Actor | null): Actor => requireAdmin(actor);
