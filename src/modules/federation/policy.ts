import type { Actor } from "../../http/env.ts";
import { requireAdmin } from "../accounts/policy.ts";

/** Who may do what in federation: anyone signed in follows from here; the instance's admin blocks. */
export const authorizeBlocks = (actor: Actor | null): Actor => requireAdmin(actor);

/** An organization's remote followers are answered by those who govern its membership (organizations/policy.ts). */
export { authorizeGovern as authorizeFollowers } from "../organizations/policy.ts";
