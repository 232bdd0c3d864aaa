import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { client } from "../../api/client.ts";
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, apiQuery, data, invalidate } from "../../api/query.ts";
import type { RemoteFollower } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { LoadError, Loading } from "../States.tsx";
import { RemoteAuthor } from "./RemoteAuthor.tsx";

/** One follower's row: pending, Accept or Refuse; accepted, Remove. Refusing and removing ask first. */
function FollowerRow({ f, busy, answer }: { f: RemoteFollower; busy: boolean; answer: (accept: boolean) => void }) {
  const { t } = useTranslation();
  const pending = f.status === "pending";
  const who = <span className="visually-hidden"> {f.handle}</span>;
  return (
    <li className="member-row">
      <div className="member-who">
        <RemoteAuthor author={f} />
        <span className="muted member-since">
          {pending
            ? t("federation.followers.asked", { date: formatDate(f.since) })
            : t("federation.followers.since", { date: formatDate(f.since) })}
        </span>
      </div>
      <div className="member-actions">
        {pending ? (
          <button
            type="button"
            className="button button--primary button--small"
            disabled={busy}
            aria-busy={busy || undefined}
            onClick={() => answer(true)}
          >
            {t("federation.followers.accept")}
            {who}
          </button>
        ) : null}
        <ConfirmButton
          question={
            pending
              ? t("federation.followers.refuseQuestion", { handle: f.handle })
              : t("federation.followers.removeQuestion", { handle: f.handle })
          }
          confirmLabel={pending ? t("federation.followers.refuse") : t("federation.followers.remove")}
          busy={busy}
          onConfirm={() => answer(false)}
        >
          {pending ? t("federation.followers.refuse") : t("federation.followers.remove")}
          {who}
        </ConfirmButton>
      </div>
    </li>
  );
}

/** Those waiting for an answer come first, each group in the server's order (oldest first). */
const pendingFirst = (items: RemoteFollower[]) => [
  ...items.filter((f) => f.status === "pending"),
  ...items.filter((f) => f.status !== "pending"),
];

/**
 * For an organization's stewards: who follows it from other instances, pending first, with their
 * answer (the other instance is told). Someone the server does not let see them (403) sees nothing.
 */
export function RemoteFollowers({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const query = apiQuery("/api/organizations/{slug}/remote-followers", { path: { slug } });
  const followers = useQuery(query);
  const answer = useMutation({
    mutationFn: (body: { follower: string; accept: boolean }) =>
      data(client.POST("/api/organizations/{slug}/remote-followers/answer", { params: { path: { slug } }, body })),
    onSuccess: () => invalidate(apiKey("/api/organizations/{slug}/remote-followers", { path: { slug } }), activitiesKey),
  });
  if (followers.error?.status === 403) return null;
  const busy = (f: RemoteFollower) => answer.isPending && answer.variables.follower === f.follower;
  return (
    <section className="section card" aria-labelledby="remote-followers-title">
      <h2 id="remote-followers-title">{t("federation.followers.title")}</h2>
      {answer.error ? (
        <p className="field-error" role="alert">
          {answer.error.detail}
        </p>
      ) : null}
      {followers.isPending ? (
        <Loading label={t("federation.followers.loading")} />
      ) : followers.error ? (
        <LoadError error={followers.error} retry={() => void followers.refetch()} />
      ) : followers.data.items.length ? (
        <ul className="member-list">
          {pendingFirst(followers.data.items).map((f) => (
            <FollowerRow key={f.follower} f={f} busy={busy(f)} answer={(accept) => answer.mutate({ follower: f.follower, accept })} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t("federation.followers.none")}</p>
      )}
    </section>
  );
}
