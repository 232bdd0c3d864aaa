import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { ActorLookup } from "../../components/federation/ActorLookup.tsx";
import { RemoteActorCard } from "../../components/federation/RemoteActorCard.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { mapProblem } from "../../form.ts";
import { useTitle } from "../../hooks.ts";

/**
 * A person or an organization on another instance (/federation/actor?handle=@name@host): its card,
 * asked of its instance, with a field to look up another handle. A handle the server refuses is
 * shown at that field.
 */
export function RemoteActorPage() {
  const { t } = useTranslation();
  const handle = (useSearchParams()[0].get("handle") ?? "").trim();
  const actor = useQuery({ ...apiQuery("/api/federation/actor", { query: { handle } }), enabled: handle !== "" });
  useTitle(actor.data ? actor.data.name || actor.data.handle : t("federation.actor.title"));
  const refused = actor.error ? mapProblem(actor.error, ["handle"]).fields.handle : undefined;
  const lookup = <ActorLookup key={handle} handle={handle} error={refused} labelledBy="remote-lookup-title" />;

  if (actor.data) {
    return (
      <div className="page page--narrow remote-actor">
        <RemoteActorCard actor={actor.data} />
        <section className="section" aria-labelledby="remote-lookup-title">
          <h2 id="remote-lookup-title">{t("federation.lookup.another")}</h2>
          {lookup}
        </section>
      </div>
    );
  }
  return (
    <div className="page page--narrow remote-actor">
      <div className="page-head">
        <div>
          <h1 id="remote-lookup-title">{t("federation.actor.title")}</h1>
          <p className="lede">{t("federation.actor.intro")}</p>
        </div>
      </div>
      {lookup}
      {actor.isLoading ? <Loading label={t("federation.actor.loading")} /> : null}
      {actor.error && !refused ? <LoadError error={actor.error} retry={() => void actor.refetch()} /> : null}
    </div>
  );
}
