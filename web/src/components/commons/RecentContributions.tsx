import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { Empty, LoadError, Loading } from "../States.tsx";
import { ContributionItem } from "./ContributionItem.tsx";

/** The few contributions that changed most recently, whatever their status. */
export function RecentContributions({ slug, limit = 5 }: { slug: string; limit?: number }) {
  const { t } = useTranslation();
  const recent = useQuery(apiQuery("/api/contributions", { query: { commons: slug, limit } }));
  if (recent.isPending) return <Loading label={t("commons.recent.loading")} />;
  if (recent.error) return <LoadError error={recent.error} retry={() => void recent.refetch()} />;
  const items = recent.data?.items ?? [];
  if (items.length === 0) {
    return (
      <Empty title={t("commons.recent.none")}>
        <p>
          <Trans i18nKey="commons.recent.anyoneCan" components={{ propose: <Link to={`/commons/${slug}/propose`} /> }} />
        </p>
      </Empty>
    );
  }
  return (
    <>
      <ul className="contribution-list">
        {items.map((c) => (
          <ContributionItem key={c.id} c={c} />
        ))}
      </ul>
      <p>
        <Link to={`/commons/${slug}/contributions?status=all`}>{t("commons.recent.seeAll")}</Link>
      </p>
    </>
  );
}
