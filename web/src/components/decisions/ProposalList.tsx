import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ProposalItem } from "../../api/schema.ts";
import { QueryList } from "../QueryList.tsx";
import { Empty } from "../States.tsx";
import { ProposalCard } from "./ProposalCard.tsx";

/** A page of proposals, announced as it changes, with "Load more". */
export function ProposalList({
  query,
  showOrganization,
  emptyTitle,
  emptyBody,
}: {
  query: UseInfiniteQueryResult<InfiniteData<{ items: ProposalItem[] }>>;
  showOrganization: boolean;
  emptyTitle: string;
  emptyBody?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <QueryList query={query} loading={t("decisions.list.loading")} empty={<Empty title={emptyTitle}>{emptyBody}</Empty>}>
      {(items) => (
        <ul className="proposal-list">
          {items.map((p) => (
            <ProposalCard key={p.id} proposal={p} showOrganization={showOrganization} />
          ))}
        </ul>
      )}
    </QueryList>
  );
}
