import { useTranslation } from "react-i18next";
import type { RemoteActor } from "../../api/schema.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { useRemoteFollow } from "./follows.ts";

/**
 * Follow a remote actor from its card, or stop: "Requested" while its instance has not accepted
 * (pressing it withdraws the request), "Unfollow" once it has. A refusal is shown beside the button.
 */
export function FollowToggle({ actor }: { actor: Pick<RemoteActor, "handle" | "following"> }) {
  const { t } = useTranslation();
  const { follow, unfollow } = useRemoteFollow();
  const { handle, following } = actor;
  const error = follow.error ?? unfollow.error;
  return (
    <div className="follow-toggle">
      {following === null ? (
        <button
          type="button"
          className="button button--primary"
          disabled={follow.isPending}
          aria-busy={follow.isPending || undefined}
          onClick={() => follow.mutate(handle)}
        >
          {follow.isPending ? t("account.following.following") : t("account.following.follow")}
        </button>
      ) : (
        <ConfirmButton
          variant="secondary"
          question={t(following === "pending" ? "federation.actor.withdrawQuestion" : "account.following.unfollowQuestion", { handle })}
          confirmLabel={t(following === "pending" ? "federation.actor.withdraw" : "account.following.unfollow")}
          busy={unfollow.isPending}
          onConfirm={() => unfollow.mutate(handle)}
        >
          {following === "pending" ? t("federation.actor.requested") : t("account.following.unfollow")}
        </ConfirmButton>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error.detail}
        </p>
      ) : null}
    </div>
  );
}
