import { Link } from "react-router";
import { Avatar } from "./Avatar.tsx";

/** A person's avatar, name and handle, linking to their profile. */
export function PersonLink({ person, showHandle = true }: { person: { handle: string; name: string }; showHandle?: boolean }) {
  return (
    <span className="person-link">
      <Avatar name={person.name} seed={person.handle} size="sm" />
      <span>
        <Link to={`/people/${person.handle}`}>{person.name}</Link>
        {showHandle ? <span className="muted handle"> @{person.handle}</span> : null}
      </span>
    </span>
  );
}
