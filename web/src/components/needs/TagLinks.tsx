import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** A need's tags, each a link to the board filtered by it. */
export function TagLinks({ tags, href }: { tags: string[]; href: (tag: string) => string }) {
  const { t } = useTranslation();
  return (
    <ul className="need-tags" aria-label={t("needs.tags.label")}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link className="need-tag" to={href(tag)} aria-label={t("needs.tags.show", { tag })}>
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
