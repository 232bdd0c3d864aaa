import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Need } from "../../api/schema.ts";
import { Discussions } from "../../components/discussions/Discussions.tsx";
import { RenderedHtml } from "../../components/discussions/RenderedHtml.tsx";
import { useReturnFocus } from "../../components/discussions/useReturnFocus.ts";
import { CloseNeed } from "../../components/needs/CloseNeed.tsx";
import { EditNeedForm } from "../../components/needs/EditNeedForm.tsx";
import { LinkedContributions } from "../../components/needs/LinkedContributions.tsx";
import { scopeLink, scopeName } from "../../components/needs/labels.ts";
import { NeedHeader } from "../../components/needs/NeedHeader.tsx";
import { Progress } from "../../components/needs/Progress.tsx";
import { needQuery } from "../../components/needs/queries.ts";
import { Takers } from "../../components/needs/TakeUp.tsx";
import { RelativeTime } from "../../components/RelativeTime.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import "../../styles/needs.css";
import { NotFoundPage } from "../NotFound.tsx";

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card need-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A loaded need; keyed by its id, so going to another need starts afresh (not editing). */
function NeedView({ need }: { need: Need }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editRef = useReturnFocus(editing);

  return (
    <article className="page need-page">
      <p className="back-link">
        <Link to={scopeLink(need.scope)}>
          <span aria-hidden="true">← </span>
          {need.scope.kind === "commons" ? t("needs.page.backToCommons", { name: scopeName(need.scope) }) : scopeName(need.scope)}
        </Link>
      </p>
      {editing ? (
        <EditNeedForm need={need} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : (
        <NeedHeader need={need} editRef={editRef} onEdit={() => setEditing(true)} />
      )}
      <div className="need-layout">
        <section className="need-body" aria-labelledby="need-details">
          <h2 id="need-details" className="visually-hidden">
            {t("needs.page.details")}
          </h2>
          {need.status === "done" ? (
            <div className="notice need-done">
              <p>
                <Trans
                  i18nKey="needs.page.done"
                  values={{ by: need.closedBy?.name ?? "", when: need.closedAt ? "yes" : "no", marked: need.closedBy ? "yes" : "no" }}
                  components={{ strong: <strong />, time: need.closedAt ? <RelativeTime value={need.closedAt} /> : <span /> }}
                />
              </p>
              {need.closeNote ? <p className="need-close-note">{need.closeNote}</p> : null}
            </div>
          ) : null}
          {need.bodyHtml.trim() ? <RenderedHtml html={need.bodyHtml} /> : <p className="muted">{t("needs.page.noDetails")}</p>}
        </section>
        <aside className="need-side" aria-label={t("needs.page.takingPart")}>
          <Panel id="need-takers" title={t("needs.page.takers")}>
            <Takers need={need} />
          </Panel>
          <Panel id="need-links" title={t("needs.page.links")}>
            <LinkedContributions need={need} />
          </Panel>
          {need.viewer.canClose ? (
            <Panel id="need-close" title={need.status === "done" ? t("needs.page.reopenTitle") : t("needs.page.closeTitle")}>
              <CloseNeed need={need} />
            </Panel>
          ) : null}
        </aside>
        <section className="need-progress" aria-labelledby="need-progress">
          <h2 id="need-progress">{t("needs.page.progress")}</h2>
          <Progress need={need} />
        </section>
        <section className="need-discussion" aria-labelledby="need-discussion">
          <h2 id="need-discussion">{t("needs.page.discussion")}</h2>
          <Discussions subjectType="need" subjectId={need.id} />
        </section>
      </div>
    </article>
  );
}

/** One need or offer (/needs/:id): what is wanted, who is on it, progress, linked work, and its discussion. */
export function NeedPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const loaded = useQuery(needQuery(id));
  const need = loaded.data;
  useTitle(need?.title ?? t("needs.page.title"));

  if (loaded.isPending) return <Loading label={t("common.loading")} />;
  if (loaded.error?.notFound) return <NotFoundPage what="need" />;
  if (!need) return loaded.error ? <LoadError error={loaded.error} retry={() => void loaded.refetch()} /> : null;
  return <NeedView key={need.id} need={need} />;
}
