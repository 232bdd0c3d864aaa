import type { ReactNode } from "react";
import { Link } from "react-router";
import type { FormState } from "../../form.ts";
import { useSession } from "../../session.tsx";
import { Field } from "../Field.tsx";
import { LoadError, Loading } from "../States.tsx";
import type { CommunityOption } from "./useStewarded.ts";
import { useStewardedCommunities } from "./useStewarded.ts";

/**
 * The community to hold a new commons: a choice among those the person stewards. Instance admins
 * may act for any community, so they also get a free address field when they steward none.
 */
export function CommunityField({
  form,
  communities,
  hint = "Its stewards edit the commons; its maintainers review contributions.",
}: {
  form: FormState;
  communities: CommunityOption[];
  hint?: string;
}) {
  const { me } = useSession();
  if (communities.length === 0 && me?.isAdmin) {
    return (
      <Field
        label="Community (address)"
        name="community"
        required
        autoCapitalize="none"
        spellCheck={false}
        hint={`${hint} As an instance admin you may name any community.`}
        error={form.error("community")}
      />
    );
  }
  return (
    <Field
      as="select"
      label="Community"
      name="community"
      required
      defaultValue={communities[0]?.slug ?? ""}
      hint={hint}
      error={form.error("community")}
    >
      {communities.map((c) => (
        <option key={c.slug} value={c.slug}>
          {c.name}
        </option>
      ))}
    </Field>
  );
}

/** Loads the communities the person stewards and hands them to `children`; explains when there are none. */
export function WithStewardedCommunities({
  children,
  allowNone = false,
}: {
  children: (c: CommunityOption[]) => ReactNode;
  allowNone?: boolean;
}) {
  const { me } = useSession();
  const communities = useStewardedCommunities();
  // Signed out (never here: the pages require signing in), there is nobody to ask about.
  if (communities.isPending && me) return <Loading label="Loading your communities…" />;
  if (communities.error) return <LoadError error={communities.error} retry={() => void communities.refetch()} />;
  const list = communities.data ?? [];
  if (list.length === 0 && !allowNone && !me?.isAdmin) {
    return (
      <div className="state state--empty">
        <p className="state-title">A commons belongs to a community, and only its stewards can create one.</p>
        <div className="state-body">
          <p>You steward no community yet. Create one and you become its first steward, or ask the stewards of an existing community.</p>
          <p>
            <Link to="/orgs/new" className="button button--secondary">
              Create a community
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return <>{children(list)}</>;
}
