import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { client } from "../../api/client.ts";
import { apiQuery, data, queryClient } from "../../api/query.ts";
import type { Followable } from "../../api/schema.ts";
import { useSession } from "../../session.tsx";
import { FOLLOW_HINT } from "./labels.ts";

function Follow({ type, id }: { type: Followable; id: string }) {
  const { t } = useTranslation();
  const query = apiQuery("/api/follows/{type}/{id}", { path: { type, id } });
  const follow = useQuery(query);
  const toggle = useMutation({
    mutationFn: (on: boolean) =>
      on
        ? data(client.PUT("/api/follows/{type}/{id}", { params: { path: { type, id } } }))
        : data(client.DELETE("/api/follows/{type}/{id}", { params: { path: { type, id } } })),
    onSuccess: (result) => queryClient.setQueryData(query.queryKey, result),
  });
  // Nothing to offer until we know which way it goes; a failed read leaves the page as it was.
  if (!follow.data) return null;
  const following = follow.data.following;
  return (
    <div className="follow">
      <button
        type="button"
        className="button button--secondary follow-button"
        aria-pressed={following}
        disabled={toggle.isPending}
        aria-busy={toggle.isPending || undefined}
        title={following ? t("notifications.follow.following") : FOLLOW_HINT[type]}
        onClick={() => toggle.mutate(!following)}
      >
        {following ? (
          <span className="follow-check" aria-hidden="true">
            ✓{" "}
          </span>
        ) : null}
        {t("notifications.follow.follow")}
      </button>
      {toggle.error ? (
        <span className="follow-error" role="alert">
          {toggle.error.detail}
        </span>
      ) : null}
    </div>
  );
}

/** "Follow": hear of everything about this organization, commons, document, need or discussion (signed-in people only). */
export function FollowButton({ type, id }: { type: Followable; id: string }) {
  const { me } = useSession();
  return me ? <Follow type={type} id={id} /> : null;
}
