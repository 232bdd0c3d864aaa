import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../api/client.ts";
import { invalidateAffiliations } from "../api/foundation.ts";
import { apiQuery, data } from "../api/query.ts";
import type { Me } from "../api/schema.ts";
import { AffiliationForm } from "./AffiliationForm.tsx";
import { AffiliationItem } from "./AffiliationItem.tsx";
import { ConfirmButton } from "./ConfirmButton.tsx";
import { LoadError, Loading } from "./States.tsx";

/** The signed-in person's affiliations: claim one, edit its dates and note, or withdraw it. */
export function MyAffiliations({ me, enterprise }: { me: Me; enterprise: string }) {
  const { t } = useTranslation();
  const profile = useQuery(apiQuery("/api/people/{handle}", { path: { handle: me.handle } }));
  const [editing, setEditing] = useState<string | null>(null);
  const items = profile.data?.affiliations ?? [];
  const withdrawal = useMutation({
    mutationFn: (id: string) => data(client.DELETE("/api/affiliations/{id}", { params: { path: { id } } })),
    onSuccess: invalidateAffiliations,
  });
  const error = withdrawal.error?.detail;
  const withdraw = (id: string) => withdrawal.mutateAsync(id).catch(() => undefined);

  return (
    <div>
      <p className="muted">{t("orgs.myAffiliations.intro")}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {profile.isPending ? (
        <Loading />
      ) : profile.error ? (
        <LoadError error={profile.error} retry={() => void profile.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t("orgs.myAffiliations.none")}</p>
      ) : (
        <ul className="affiliation-list">
          {items.map((a) => (
            <AffiliationItem key={a.id} affiliation={a} show="enterprise">
              {editing === a.id ? (
                <AffiliationForm affiliation={a} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />
              ) : (
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t("orgs.myAffiliations.editLabel", { name: a.enterprise.name })}
                    onClick={() => setEditing(a.id)}
                  >
                    {t("orgs.myAffiliations.edit")}
                  </button>
                  <ConfirmButton
                    question={t("orgs.myAffiliations.withdrawQuestion", { name: a.enterprise.name })}
                    confirmLabel={t("orgs.myAffiliations.withdraw")}
                    onConfirm={() => withdraw(a.id)}
                  >
                    {t("orgs.myAffiliations.withdraw")}
                  </ConfirmButton>
                </div>
              )}
            </AffiliationItem>
          ))}
        </ul>
      )}
      <h3 className="subheading">{t("orgs.myAffiliations.claimHeading")}</h3>
      <AffiliationForm enterprise={enterprise} />
    </div>
  );
}
