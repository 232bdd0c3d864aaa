import { useInfiniteQuery } from "@tanstack/react-query";
import { apiPages } from "../api/query.ts";
import type { MembershipStatus } from "../api/schema.ts";
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
  const { org } = useOrg();
  useTitle(`Members · ${org.name}`);
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
            <h2 id="requests-title">Requests to join</h2>
            <QueryList query={pending} loading="Loading…" empty={<p className="muted">No one is waiting for approval.</p>}>
              {(items) => <PendingList slug={org.slug} items={items} kind="pending" />}
            </QueryList>
          </section>
          <section className="section card" aria-labelledby="invite-title">
            <h2 id="invite-title">Invite someone</h2>
            <InviteForm slug={org.slug} />
            <QueryList query={invited} loading="Loading…" empty={null}>
              {(items) => (
                <>
                  <h3 className="subheading">Invitations</h3>
                  <PendingList slug={org.slug} items={items} kind="invited" />
                </>
              )}
            </QueryList>
          </section>
        </>
      ) : null}
      <section className="section" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <QueryList query={members} loading="Loading members…" empty={<Empty title="No members yet." />}>
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
