import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { apiQuery } from "../../api/query.ts";
import { formatDate } from "../../format.ts";
import { LoadError } from "../States.tsx";
import { webAddress } from "./addresses.ts";
import { RemoteAuthor } from "./RemoteAuthor.tsx";

/**
 * A commons' forks made on other instances (each told this one when it forked): its title, linked to
 * its page there, who forked it and when. Nothing shows while there are none.
 */
export function RemoteForks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const forks = useQuery(apiQuery("/api/commons/{slug}/remote-forks", { path: { slug } }));
  if (forks.error && !forks.data) return <LoadError error={forks.error} retry={() => void forks.refetch()} />;
  if (!forks.data?.items.length) return null;
  return (
    <section className="section" aria-labelledby="remote-forks-title">
      <h2 id="remote-forks-title">{t("federation.remoteForks.title")}</h2>
      <ul className="remote-posts">
        {forks.data.items.map((f) => {
          const page = webAddress(f.url);
          return (
            <li key={f.uri} className="remote-post">
              <h3 className="remote-post-title">
                {page ? (
                  <a href={page} rel="noopener noreferrer nofollow" target="_blank">
                    {f.title}
                  </a>
                ) : (
                  f.title
                )}
              </h3>
              <p className="remote-fork-by">
                <Trans
                  i18nKey="federation.remoteForks.by"
                  values={{ date: formatDate(f.at) }}
                  components={{ author: <RemoteAuthor author={{ handle: f.by, name: "" }} /> }}
                />
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
