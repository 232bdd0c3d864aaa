import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../../api/client.ts";
import { data, queryClient } from "../../api/query.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import type { Call } from "./labels.ts";
import { invalidateResults, resultsQuery } from "./queries.ts";

/**
 * The body's stewards compute a closed call's results again from its stored ballots (after a paper
 * ballot entered late in the voting, or a rule's fix): asked to confirm first, as the winners' grants
 * follow the new result. The page then shows the new results, and says how many ballots they count.
 */
export function RecomputeResults({ call }: { call: Call }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<number | null>(null);
  const recompute = useMutation({
    mutationFn: () => data(client.POST("/api/calls/{slug}/results", { params: { path: { slug: call.slug } } })),
    onMutate: () => setDone(null),
    onSuccess: (results) => {
      queryClient.setQueryData(resultsQuery(call.slug).queryKey, results);
      setDone(results.results.find((r) => r.official)?.ballots ?? results.results[0]?.ballots ?? 0);
      return invalidateResults(call.slug);
    },
  });
  return (
    <section className="card pb-recompute" aria-labelledby="pb-recompute-title">
      <h2 id="pb-recompute-title">{t("budgets.recompute.title")}</h2>
      <p className="muted small">{t("budgets.recompute.intro")}</p>
      <div className="form-actions">
        <ConfirmButton
          variant="secondary"
          busy={recompute.isPending}
          question={t("budgets.recompute.question")}
          confirmLabel={t("budgets.recompute.confirm")}
          onConfirm={() => recompute.mutate()}
        >
          {recompute.isPending ? t("budgets.recompute.computing") : t("budgets.recompute.button")}
        </ConfirmButton>
        {done !== null ? (
          <span className="notice-inline" role="status">
            {t("budgets.recompute.done", { count: done })}
          </span>
        ) : null}
        {recompute.error ? (
          <span className="field-error" role="alert">
            {recompute.error.detail}
          </span>
        ) : null}
      </div>
    </section>
  );
}
