import { useTranslation } from "react-i18next";
import type { RemoteActor, RemoteActorType } from "../../api/schema.ts";
import { labels } from "../../format.ts";
import { Avatar } from "../Avatar.tsx";
import { RenderedHtml } from "../discussions/RenderedHtml.tsx";
import { webAddress } from "./addresses.ts";
import { FollowToggle } from "./FollowToggle.tsx";
import { RemotePostItem } from "./RemotePostItem.tsx";

const TYPE_LABEL = labels<RemoteActorType>({
  Person: "federation.actorType.Person",
  Group: "federation.actorType.Group",
  Other: "federation.actorType.Other",
});

/** A person or an organization on another instance: who it is, following it from here, and what reached us from it. */
export function RemoteActorCard({ actor }: { actor: RemoteActor }) {
  const { t } = useTranslation();
  const page = webAddress(actor.url);
  return (
    <>
      <header className="person-head remote-actor-head">
        <Avatar name={actor.name || actor.handle} seed={actor.handle} size="lg" />
        <div>
          <h1>{actor.name || actor.handle}</h1>
          <p className="org-head-meta">
            <code>{actor.handle}</code>
            <span className="badge">{TYPE_LABEL[actor.type]}</span>
            {page ? (
              <a href={page} rel="noopener noreferrer nofollow" target="_blank">
                {t("federation.actor.page", { host: new URL(page).host })}
              </a>
            ) : null}
          </p>
        </div>
        <FollowToggle actor={actor} />
      </header>
      {actor.summary ? <RenderedHtml html={actor.summary} /> : null}
      <section className="section remote-actor-posts" aria-labelledby="remote-actor-posts-title">
        <h2 id="remote-actor-posts-title">{t("federation.actor.posts")}</h2>
        {actor.posts.length ? (
          <ul className="remote-posts">
            {actor.posts.map((p) => (
              <RemotePostItem key={p.id} post={p} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t("federation.actor.noPosts")}</p>
        )}
      </section>
    </>
  );
}
