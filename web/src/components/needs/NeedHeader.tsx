import type { Ref } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { Need } from "../../api/schema.ts";
import { FollowButton } from "../notifications/FollowButton.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { NeedBadges } from "./NeedBadges.tsx";
import { TagLinks } from "./TagLinks.tsx";

/** A need's title, badges, who posted it and when, its tags, and "Edit" for those allowed. */
export function NeedHeader({ need, editRef, onEdit }: { need: Need; editRef: Ref<HTMLButtonElement>; onEdit: () => void }) {
  const { t } = useTranslation();
  const board = need.scope.kind === "commons" ? `/commons/${need.scope.slug}/needs` : `/orgs/${need.scope.slug}/needs`;
  return (
    <header className="need-head">
      <div className="need-head-text">
        <NeedBadges need={need} />
        <h1>{need.title}</h1>
        <p className="need-byline">
          {need.author ? <PersonLink person={need.author} showHandle={false} /> : <span>{t("needs.formerMember")}</span>}
          <span>
            <Trans
              i18nKey="needs.header.posted"
              values={{ type: need.type }}
              components={{ time: <RelativeTime value={need.createdAt} /> }}
            />
          </span>
          {need.updatedAt !== need.createdAt ? (
            <span className="muted">
              · <Trans i18nKey="needs.header.updated" components={{ time: <RelativeTime value={need.updatedAt} /> }} />
            </span>
          ) : null}
        </p>
        {need.tags.length > 0 ? <TagLinks tags={need.tags} href={(t) => `${board}?tag=${encodeURIComponent(t)}`} /> : null}
      </div>
      <div className="head-actions">
        <FollowButton type="need" id={need.id} />
        {need.viewer.canEdit ? (
          <button ref={editRef} type="button" className="button button--secondary" onClick={onEdit}>
            {t("needs.header.edit")}
          </button>
        ) : null}
      </div>
    </header>
  );
}
