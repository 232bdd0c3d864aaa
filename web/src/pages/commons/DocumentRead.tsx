import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { Document } from "../../api/schema.ts";
import { documentPath, rawDocumentUrl } from "../../components/commons/DocumentList.tsx";
import { documentQuery } from "../../components/commons/queries.ts";
import { RevisionMeta } from "../../components/commons/RevisionMeta.tsx";
import { type Upstream, UpstreamForm } from "../../components/commons/UpstreamForm.tsx";
import { Discussions } from "../../components/discussions/Discussions.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { askedRevision, useDocument } from "./DocumentLayout.tsx";

function DocumentBody({ doc }: { doc: Document }) {
  if (doc.html !== null) {
    // Sanitized by the server (sanitize-html) before it is sent.
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitizes Markdown itself.
    return <div className="markdown" dangerouslySetInnerHTML={{ __html: doc.html }} />;
  }
  return <pre className="plain-text">{doc.content}</pre>;
}

export function DocumentReadPage() {
  const { t } = useTranslation();
  const { commons, head, base } = useDocument();
  const { me } = useSession();
  const [params] = useSearchParams();
  const number = askedRevision(params.get("revision")) ?? head.head;
  const older = useQuery({ ...documentQuery(commons.slug, head.path, number), enabled: number !== head.head });
  useTitle(t("contributions.read.pageTitle", { document: head.title, commons: commons.title }));

  if (older.error && number !== head.head) return <LoadError error={older.error} retry={() => void older.refetch()} />;
  const doc = number === head.head ? head : older.data;
  if (!doc) return <Loading label={t("contributions.read.loadingRevision", { number })} />;
  const r = doc.revision;
  const fork = doc.forkedFrom;
  const elsewhere = commons.forkedFromElsewhere;
  const upstream: Upstream | null = fork ? { here: fork } : elsewhere ? { elsewhere: elsewhere.uri } : null;

  return (
    <>
      {r.number < doc.head ? (
        <p className="notice">
          <Trans
            i18nKey="contributions.read.olderNotice"
            values={{ number: r.number, head: doc.head }}
            components={{ a: <Link to={base} /> }}
          />
        </p>
      ) : null}
      <div className="revision-bar">
        <p className="revision-bar-text">
          <strong>{t("contributions.revision", { number: r.number })}</strong>
          {r.message ? <span> · {r.message}</span> : null}
          <br />
          <RevisionMeta revision={r} />
        </p>
        <div className="revision-bar-actions">
          {me ? (
            <Link to={`${base}/edit${r.number < doc.head ? `?revision=${r.number}` : ""}`} className="button button--primary button--small">
              {t("common.action.proposeEdit")}
            </Link>
          ) : null}
          {r.number > 1 ? (
            <Link to={`${base}/diff?from=${r.number - 1}&to=${r.number}`} className="button button--secondary button--small">
              {t("contributions.read.changes")}
            </Link>
          ) : null}
          <a href={rawDocumentUrl(commons.slug, doc.path, r.number)} className="button button--secondary button--small">
            {t("contributions.read.raw")}
          </a>
        </div>
      </div>
      {fork ? (
        <p className="lineage">
          <Trans
            i18nKey="contributions.read.forkedFrom"
            values={{ commons: fork.commons.title, path: fork.path, revision: fork.revision }}
            components={{ a: <Link to={`${documentPath(fork.commons.slug, fork.path)}?revision=${fork.revision}`} /> }}
          />
        </p>
      ) : null}
      <article className="card document-body" aria-label={doc.title}>
        <DocumentBody doc={doc} />
      </article>
      {upstream && me && !r.fromUpstream ? <UpstreamForm slug={commons.slug} doc={doc} upstream={upstream} /> : null}
      <section aria-labelledby="discussions-title" className="section">
        <h3 id="discussions-title">{t("contributions.read.discussions")}</h3>
        <Discussions subjectType="document" subjectId={doc.id} />
      </section>
    </>
  );
}
