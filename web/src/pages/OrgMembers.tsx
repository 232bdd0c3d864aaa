import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { apiPages } from "../api/query.ts";
import type { MembershipStatus } from "../api/schema.ts";
import { RemoteFollowers } from "../components/federation/RemoteFollowers.tsx";
import { InviteForm } from "../components/InviteForm.tsx";
import { MemberRow } from "../components/MemberRow.tsx";
import { PendingList } from "../components/PendingList.tsx";
import { QueryList } from "../components/QueryList.tsx";
import { Empty } from "../components/States.tsx";
import { ROLE_PLURAL, ROLES } from "../format.ts";
import { useTitle } from "../hooks.ts";
import { useOrg } from "./OrgLayout.tsx";

function useMembers(slug: string, status: MembershipStatus, enabled = true) {
  return useInfiniteQuery({ ...apiPages("/api/organizations/{slug}/members", { path: { slug }, query: { status, limit: 100 } }), enabled });
}

export function OrgMembersPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  useTitle(t("orgs.members.title", { name: org.name }));
  const canGovern = org.viewer.canGovern;
  // All three lists start together.
  const members = useMembers(org.slug, "active");
  const pending = useMembers(org.slug, "pending", canGovern);
  const invited = useMembers(org.slug, "invited", canGovern);

  return (
    <div className="members">
      {canGovern ? (
        <>
          <section className="section card" aria-labelledby="requests-title">
            <h2 id="requests-title">{t("orgs.members.requests")}</h2>
            <QueryList query={pending} empty={<p className="muted">{t("orgs.members.noRequests")}</p>}>
              {(items) => <PendingList slug={org.slug} items={items} kind="pending" />}
            </QueryList>
          </section>
          <RemoteFollowers slug={org.slug} />
          <section className="section card" aria-labelledby="invite-title">
            <h2 id="invite-title">{t("orgs.members.invite")}</h2>
            <InviteForm slug={org.slug} />
            <QueryList query={invited} empty={null}>
              {(items) => (
                <>
                  <h3 className="subheading">{t("orgs.members.invitations")}</h3>
                  <PendingList slug={org.slug} items={items} kind="invited" />
                </>
              )}
            </QueryList>
          </section>
        </>
      ) : null}
      <section className="section" aria-labelledby="members-title">
        <h2 id="members-title">{t("orgs.overview.members")}</h2>
        <QueryList query={members} loading={t("orgs.members.loading")} empty={<Empty title={t("orgs.members.empty")} />}>
          {(items) =>
            ROLES.map((role) => {
              const group = items.filter((m) => m.role === role);
              if (group.length === 0) return null;
              return (
                <section key={role} className="role-group" aria-labelledby={`role-${role}`}>
                  <h3 id={`role-${role}`}>
                    {ROLE_PLURAL[role]} <span className="count">{group.length}</span>
                  </h3>
                  <ul className="member-list">
                    {group.map((m) => (
                      <MemberRow key={m.id} slug={org.slug} member={m} canGovern={canGovern} />
                    ))}
                  </ul>
                </section>
              );
            })
          }
        </QueryList>
      </section>
    </div>
  );
}
