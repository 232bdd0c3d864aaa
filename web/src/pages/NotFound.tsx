import { Link } from "react-router";
import { useTitle } from "../hooks.ts";

export function NotFoundPage({ what = "page" }: { what?: string }) {
  useTitle("Not found");
  return (
    <div className="page page--narrow not-found">
      <p className="eyebrow">404</p>
      <h1>This {what} does not exist</h1>
      <p className="lede">It may have been renamed, or the address may be mistyped.</p>
      <p>
        <Link to="/" className="button button--primary">
          Go to the home page
        </Link>{" "}
        <Link to="/orgs" className="button button--secondary">
          Browse organizations
        </Link>
      </p>
    </div>
  );
}
