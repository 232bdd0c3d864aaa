import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { apiQuery } from "../../api/query.ts";
import { BlockForm } from "../../components/federation/BlockForm.tsx";
import { BlockList, FailingInboxes, KnownInstances } from "../../components/federation/FederationTables.tsx";
import { QueryView } from "../../components/QueryList.tsx";
import { formatNumber } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";

/** Not a named region itself: its heading names the table's scrolling region, and two regions of one name confuse. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card section">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** The instance admin's view of federation: the delivery queue, what keeps failing, the other instances and the blocks. */
export function FederationAdminPage() {
  const { t } = useTranslation();
  useTitle(t("account.federation.title"));
  const { me } = useSession();
  // Not even asked for by others: the server would refuse it, and the page says why instead.
  const status = useQuery({ ...apiQuery("/api/federation/status"), enabled: !!me?.isAdmin });
  if (!me?.isAdmin) return <p className="muted">{t("account.federation.adminOnly")}</p>;
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t("account.federation.title")}</h1>
          <p className="lede">{t("account.federation.intro")}</p>
        </div>
      </div>
      <QueryView query={status}>
        {(s) => (
          <>
            <Section id="federation-queue" title={t("account.federation.queue")}>
              <dl className="facts">
                {(
                  [
                    [t("account.federation.queued"), s.queue.queued],
                    [t("account.federation.ready"), s.queue.ready],
                    [t("account.federation.delayed"), s.queue.delayed],
                  ] as const
                ).map(([label, n]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{formatNumber(n)}</dd>
                  </div>
                ))}
              </dl>
            </Section>
            <Section id="federation-failing" title={t("account.federation.failing")}>
              <FailingInboxes items={s.failing} labelledBy="federation-failing-title" />
            </Section>
            <Section id="federation-instances" title={t("account.federation.instances")}>
              <KnownInstances items={s.instances} labelledBy="federation-instances-title" />
            </Section>
            <section className="card section" aria-labelledby="federation-block-title">
              <BlockForm />
            </section>
            <Section id="federation-blocks" title={t("account.federation.blocks")}>
              <BlockList items={s.blocks} labelledBy="federation-blocks-title" />
            </Section>
          </>
        )}
      </QueryView>
    </div>
  );
}
