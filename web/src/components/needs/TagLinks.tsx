import { Link } from "react-router";

/** A need's tags, each a link to the board filtered by it. */
export function TagLinks({ tags, href }: { tags: string[]; href: (tag: string) => string }) {
  return (
    <ul className="need-tags" aria-label="Tags">
      {tags.map((t) => (
        <li key={t}>
          <Link className="need-tag" to={href(t)} aria-label={`Show needs tagged ${t}`}>
            #{t}
          </Link>
        </li>
      ))}
    </ul>
  );
}
