import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { t } from "./messages.ts";

/**
 * Anyone signed in proposes (no membership needed); maintainers review (commons/policy.ts).
 * A proposal belongs to its author: only they revise it; they or the instance admin withdraw it.
 */
export function authorizeRevise(actor: Actor | null, c: { authorId: string | null }): Actor {
  const a = requireActor(actor);
  if (c.authorId !== a.id) throw AppError.forbidden(t("authorOnlyChange"));
  return a;
}

export function authorizeWithdraw(actor: Actor | null, c: { authorId: string | null }): Actor {
  const a = requireActor(actor);
  if (c.authorId !== a.id && !a.isAdmin) throw AppError.forbidden(t("authorOnlyWithdraw"));
  return a;
}
