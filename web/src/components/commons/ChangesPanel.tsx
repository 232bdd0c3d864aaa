import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Contribution, ContributionChanges } from "../../api/schema.ts";
import { LoadError, Loading } from "../States.tsx";
import { ConflictView } from "./ConflictView.tsx";
import { DiffView } from "./DiffView.tsx";
import { RebaseForm } from "./RebaseForm.tsx";

function AuthorRebase({ c, changes, onChange }: { c: Contribution; changes: ContributionChanges; onChange: () => void }) {
  const merge = changes.merge;
  if (!merge) return null;
  return <RebaseForm c={c} rebased={{ text: merge.rebased, conflicts: merge.conflicts.length, head: merge.head }} onDone={onChange} />;
}

/** What a document proposal changes, and whether it still merges into the newest revision. */
export function ChangesPanel({
  c,
  changes,
  onChange,
}: {
  c: Contribution;
  changes: UseQueryResult<ContributionChanges>;
  /** After the author's update: for the page's notice (the update refreshes the data itself). */
  onChange: () => void;
}) {
  const { t } = useTranslation();
  if (changes.isPending) return <Loading label={t("commons.changes.loading")} />;
  if (changes.error) return <LoadError error={changes.error} retry={() => void changes.refetch()} />;
  const data = changes.data;
  if (!data) return null;
  const merge = data.merge;
  const against =
    c.type === "new_document" ? t("commons.changes.newDocument") : t("commons.changes.against", { revision: c.baseRevision ?? 0 });
  return (
    <>
      <DiffView diff={data.diff} label={against} emptyText={t("commons.changes.none")} />
      {merge?.clean ? <p className="notice">{t("commons.changes.mergesCleanly", { head: merge.head, base: merge.base })}</p> : null}
      {merge && !merge.clean ? (
        <section className="conflicts" aria-labelledby="conflicts-title">
          <h3 id="conflicts-title">{t("commons.changes.conflictsTitle", { count: merge.conflicts.length, head: merge.head })}</h3>
          <p>
            {t("commons.changes.conflictsBody", {
              base: merge.base,
              head: merge.head,
              who: c.viewer.isAuthor ? "you" : "author",
            })}
          </p>
          <ConflictView conflicts={merge.conflicts} base={merge.base} head={merge.head} />
          {c.viewer.isAuthor ? <AuthorRebase c={c} changes={data} onChange={onChange} /> : null}
        </section>
      ) : null}
    </>
  );
}
