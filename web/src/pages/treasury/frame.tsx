import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Books } from "../../api/schema.ts";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { TreasuryNav } from "../../components/treasury/TreasuryNav.tsx";
import { useTitle } from "../../hooks.ts";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/treasury.css";

/** A treasury page under an organization's "Treasury" tab: the sub-navigation, its heading, then the page. */
export function TreasuryFrame({
  title,
  lede,
  action,
  children,
}: {
  title: string;
  lede?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  useTitle(t("treasury.frame.pageTitle", { title, org: org.name }));
  return (
    <div className="treasury">
      <TreasuryNav slug={org.slug} />
      <div className="page-head treasury-head">
        <div>
          <h2>{title}</h2>
          {lede ? <div className="lede">{lede}</div> : null}
        </div>
        {action}
      </div>
      {children}
    </div>
  );
}

/** Renders its children once the books are loaded and open; otherwise loading, the problem, or where to open them. */
export function WithBooks({ books, children }: { books: UseQueryResult<Books>; children: (books: Books) => ReactNode }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  if (books.isPending) return <Loading label={t("treasury.frame.loadingBooks")} />;
  if (!books.data) return books.error ? <LoadError error={books.error} retry={() => void books.refetch()} /> : null;
  if (!books.data.opened) {
    return (
      <Empty title={t("treasury.frame.notOpened", { org: org.name })}>
        <p>
          <Trans i18nKey="treasury.frame.seeOverview" components={{ a: <Link to={`/orgs/${org.slug}/treasury`} /> }} />
        </p>
      </Empty>
    );
  }
  return <>{children(books.data)}</>;
}
