import type { ReactNode } from "react";
import type { Paged } from "../../hooks.ts";
import type { ProposalItem } from "../../types/decisions.ts";
import { LoadMore } from "../LoadMore.tsx";
import { Empty, LoadError, Loading } from "../States.tsx";
import { ProposalCard } from "./ProposalCard.tsx";

/** A page of proposals, announced as it changes, with "Load more". */
export function ProposalList({
  list,
  showOrganization,
  emptyTitle,
  emptyBody,
}: {
  list: Paged<ProposalItem>;
  showOrganization: boolean;
  emptyTitle: string;
  emptyBody?: ReactNode;
}) {
  return (
    <div aria-live="polite" aria-busy={list.loading}>
      {list.loading ? (
        <Loading label="Loading proposals…" />
      ) : list.error && list.items.length === 0 ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : list.items.length === 0 ? (
        <Empty title={emptyTitle}>{emptyBody}</Empty>
      ) : (
        <>
          <ul className="proposal-list">
            {list.items.map((p) => (
              <ProposalCard key={p.id} proposal={p} showOrganization={showOrganization} />
            ))}
          </ul>
          <LoadMore paged={list} />
        </>
      )}
    </div>
  );
}
