import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { apiPages } from "../../api/query.ts";
import { QueryList } from "../QueryList.tsx";
import { Empty } from "../States.tsx";
import { ContributionItem } from "./ContributionItem.tsx";

/**
 * A person's proposals still waiting on someone: pending review, or conflicted and waiting on their
 * author to update them. Shown on the account page and the public profile, so an author finds them
 * again without knowing which commons they went to.
 */
export function OpenProposals({ handle, isMe }: { handle: string; isMe: boolean }) {
  const { t } = useTranslation();
  const list = useInfiniteQuery(apiPages("/api/contributions", { query: { author: handle, status: "pending,conflicted", limit: 10 } }));
  return (
    <QueryList
      query={list}
      loading={t("commons.openProposals.loading")}
      empty={<Empty title={isMe ? t("commons.openProposals.noneMine") : t("commons.openProposals.none")} />}
    >
      {(items) => (
        <ul className="contribution-list">
          {items.map((c) => (
            <ContributionItem key={c.id} c={c} showCommons />
          ))}
        </ul>
      )}
    </QueryList>
  );
}
