import { api } from "../api.ts";
import { InviteForm } from "../components/InviteForm.tsx";
import { LoadMore } from "../components/LoadMore.tsx";
import { MemberRow } from "../components/MemberRow.tsx";
import { PendingList } from "../components/PendingList.tsx";
import { Empty, LoadError, Loading } from "../components/States.tsx";
import { ROLE_PLURAL } from "../format.ts";
import { usePaged, useTitle } from "../hooks.ts";
import type { MembershipStatus } from "../types.ts";
import { ROLES } from "../types.ts";
import { useOrg } from "./OrgLayout.tsx";

function useMembers(status: MembershipStatus) {
  const { org, activityKey } = useOrg();
  return usePaged(`members:${org.slug}:${status}:${activityKey}`, (cursor) => api.members(org.slug, { status, cursor, limit: 100 }));
}

function StewardPanels() {
  const { org, refresh } = useOrg();
  const pending = useMembers("pending");
  const invited = useMembers("invited");
  return (
    <>
      <section className="section card" aria-labelledby="requests-title">
        <h2 id="requests-title">Requests to join</h2>
        {pending.loading ? (
          <Loading />
        ) : pending.error ? (
          <LoadError error={pending.error} retry={pending.reload} />
        ) : pending.items.length === 0 ? (
          <p className="muted">No one is waiting for approval.</p>
        ) : (
          <PendingList slug={org.slug} items={pending.items} kind="pending" onChange={refresh} />
        )}
      </section>
      <section className="section card" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite someone</h2>
        <InviteForm slug={org.slug} onInvited={refresh} />
        {invited.items.length > 0 ? (
          <>
            <h3 className="subheading">Invitations</h3>
            <PendingList slug={org.slug} items={invited.items} kind="invited" onChange={refresh} />
          </>
        ) : null}
      </section>
    </>
  );
}

export function OrgMembersPage() {
  const { org, refresh } = useOrg();
  useTitle(`Members · ${org.name}`);
  const members = useMembers("active");

  return (
    <div className="members">
      {org.viewer.canGovern ? <StewardPanels /> : null}
      <section className="section" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        {members.loading ? (
          <Loading label="Loading members…" />
        ) : members.error && members.items.length === 0 ? (
          <LoadError error={members.error} retry={members.reload} />
        ) : members.items.length === 0 ? (
          <Empty title="No members yet." />
        ) : (
          ROLES.map((role) => {
            const group = members.items.filter((m) => m.role === role);
            if (group.length === 0) return null;
            return (
              <section key={role} className="role-group" aria-labelledby={`role-${role}`}>
                <h3 id={`role-${role}`}>
                  {ROLE_PLURAL[role]} <span className="count">{group.length}</span>
                </h3>
                <ul className="member-list">
                  {group.map((m) => (
                    <MemberRow key={m.id} slug={org.slug} member={m} canGovern={org.viewer.canGovern} onChange={refresh} />
                  ))}
                </ul>
              </section>
            );
          })
        )}
        <LoadMore paged={members} />
      </section>
    </div>
  );
}
