import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
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
export function CommunityField({ form, communities, hint: hintGiven }: { form: FormState; communities: CommunityOption[]; hint?: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const hint = hintGiven ?? t("commons.community.hint");
  if (communities.length === 0 && me?.isAdmin) {
    return (
      <Field
        label={t("commons.community.address")}
        name="community"
        required
        autoCapitalize="none"
        spellCheck={false}
        hint={t("commons.community.adminHint", { hint })}
        error={form.error("community")}
      />
    );
  }
  return (
    <Field
      as="select"
      label={t("commons.community.label")}
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
  const { t } = useTranslation();
  const { me } = useSession();
  const communities = useStewardedCommunities();
  // Signed out (never here: the pages require signing in), there is nobody to ask about.
  if (communities.isPending && me) return <Loading label={t("commons.community.loading")} />;
  if (communities.error) return <LoadError error={communities.error} retry={() => void communities.refetch()} />;
  const list = communities.data ?? [];
  if (list.length === 0 && !allowNone && !me?.isAdmin) {
    return (
      <div className="state state--empty">
        <p className="state-title">{t("commons.community.noneTitle")}</p>
        <div className="state-body">
          <p>{t("commons.community.noneBody")}</p>
          <p>
            <Link to="/orgs/new" className="button button--secondary">
              {t("commons.community.create")}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return <>{children(list)}</>;
}
