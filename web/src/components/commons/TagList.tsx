import { Link } from "react-router";

/** A commons' tags, each linking to the commons list filtered by it. */
export function TagList({ tags, label = "Tags" }: { tags: string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((t) => (
        <li key={t}>
          <Link to={`/commons?tag=${encodeURIComponent(t)}`} className="tag">
            #{t}
          </Link>
        </li>
      ))}
    </ul>
  );
}
