import { Link, useNavigate } from "react-router";
import { ProposalForm } from "../../components/decisions/ProposalForm.tsx";
import { useTitle } from "../../hooks.ts";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/decisions.css";

/** Put a question to an organization's members (/orgs/:slug/proposals/new): active members only. */
export function ProposalNewPage() {
  const { org } = useOrg();
  const navigate = useNavigate();
  useTitle(`New proposal · ${org.name}`);
  const back = `/orgs/${org.slug}/proposals`;

  return (
    <section className="section proposal-new" aria-label="New proposal">
      <p className="back-link">
        <Link to={back}>
          <span aria-hidden="true">← </span>
          Decisions
        </Link>
      </p>
      {org.viewer.status === "active" ? (
        <ProposalForm slug={org.slug} onCreated={(p) => navigate(`/proposals/${p.id}`)} onCancel={() => navigate(back)} />
      ) : (
        <>
          <h2>New proposal</h2>
          <p>Only active members of {org.name} can put a proposal to a vote.</p>
        </>
      )}
    </section>
  );
}
