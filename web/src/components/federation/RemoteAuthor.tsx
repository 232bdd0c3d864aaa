import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "../../session.tsx";
import { actorPath, localPart } from "./addresses.ts";
import "../../styles/federation.css";

/**
 * Who wrote something that travelled between instances: their name and handle. Someone elsewhere
 * links to their card here (for a signed-in person: the card asks their instance); `marked` adds
 * "from another instance" where local authors sit beside them. Someone of this instance, writing in
 * a discussion from elsewhere, links to their profile, marked "written here". Where only the handle
 * is known (a revision's remote author), the name is left out.
 */
export function RemoteAuthor({
  author,
  here = false,
  marked = false,
}: {
  author: { handle: string; name?: string };
  here?: boolean;
  marked?: boolean;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (here) {
    return (
      <span className="remote-author">
        <Link to={`/people/${localPart(author.handle)}`}>{author.name || author.handle}</Link>
        <span className="badge badge--here">{t("federation.author.here")}</span>
      </span>
    );
  }
  return (
    <span className="remote-author">
      {author.name ? <span className="remote-author-name">{author.name}</span> : null}
      {me ? (
        <Link to={actorPath(author.handle)} className="handle">
          {author.handle}
        </Link>
      ) : (
        <span className="handle">{author.handle}</span>
      )}
      {marked ? <span className="badge badge--elsewhere">{t("federation.author.elsewhere")}</span> : null}
    </span>
  );
}
