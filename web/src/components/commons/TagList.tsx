import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** A commons' tags, each linking to the commons list filtered by it. */
export function TagList({ tags, label }: { tags: string[]; label?: string }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label ?? t("commons.fields.tags")}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={`/commons?tag=${encodeURIComponent(tag)}`} className="tag">
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
