import { useTranslation } from "react-i18next";
import type { Contribution } from "../../api/schema.ts";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";

const VERDICT = { accepted: "commons.review.accepted", rejected: "commons.review.rejected" } as const;

/** The maintainer's public decision and note, once reviewed. */
export function ReviewNote({ c }: { c: Contribution }) {
  const { t } = useTranslation();
  const review = c.review;
  // An imported commit was accepted where it was made; nobody reviewed it here.
  if (!review || c.type === "commit" || (c.status !== "accepted" && c.status !== "rejected")) return null;
  return (
    <section className={`review-note review-note--${c.status}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title">{t(VERDICT[c.status])}</h2>
      <p className="small">
        {review.reviewer ? <PersonLink person={review.reviewer} showHandle={false} /> : t("commons.review.formerMaintainer")}{" "}
        <RelativeTime value={review.at} />
      </p>
      {review.note.trim() ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitizes the Markdown note.
        <div className="markdown" dangerouslySetInnerHTML={{ __html: review.noteHtml }} />
      ) : (
        <p className="muted">{t("commons.review.noNote")}</p>
      )}
    </section>
  );
}
