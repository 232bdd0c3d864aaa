import type { UseQueryResult } from "@tanstack/react-query";
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
  if (changes.isPending) return <Loading label="Loading the changes…" />;
  if (changes.error) return <LoadError error={changes.error} retry={() => void changes.refetch()} />;
  const data = changes.data;
  if (!data) return null;
  const merge = data.merge;
  const against = c.type === "new_document" ? "The new document" : `Changes against revision ${c.baseRevision}`;
  return (
    <>
      <DiffView diff={data.diff} label={against} emptyText="The proposal leaves the text as it was." />
      {merge?.clean ? (
        <p className="notice">
          The document has moved on to revision {merge.head} since this was proposed against revision {merge.base}; the changes merge
          cleanly into it.
        </p>
      ) : null}
      {merge && !merge.clean ? (
        <section className="conflicts" aria-labelledby="conflicts-title">
          <h3 id="conflicts-title">
            {merge.conflicts.length === 1 ? "1 conflict" : `${merge.conflicts.length} conflicts`} with revision {merge.head}
          </h3>
          <p>
            Since revision {merge.base}, someone changed the same lines this proposal changes. It cannot be accepted until{" "}
            {c.viewer.isAuthor ? "you update it" : "its author updates it"} on top of revision {merge.head}.
          </p>
          <ConflictView conflicts={merge.conflicts} base={merge.base} head={merge.head} />
          {c.viewer.isAuthor ? <AuthorRebase c={c} changes={data} onChange={onChange} /> : null}
        </section>
      ) : null}
    </>
  );
}
