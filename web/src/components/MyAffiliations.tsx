import { useState } from "react";
import { api } from "../api.ts";
import { toApiError, useResource } from "../hooks.ts";
import type { Me } from "../types.ts";
import { AffiliationForm } from "./AffiliationForm.tsx";
import { AffiliationItem } from "./AffiliationItem.tsx";
import { ConfirmButton } from "./ConfirmButton.tsx";
import { LoadError, Loading } from "./States.tsx";

/** The signed-in person's affiliations: claim one, edit its dates and note, or withdraw it. */
export function MyAffiliations({ me, enterprise }: { me: Me; enterprise: string }) {
  const profile = useResource(`me-affiliations:${me.handle}`, () => api.person(me.handle));
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const items = profile.data?.affiliations ?? [];

  const withdraw = async (id: string) => {
    setError(null);
    try {
      await api.withdrawAffiliation(id);
      profile.reload();
    } catch (err) {
      setError(toApiError(err).detail);
    }
  };

  return (
    <div>
      <p className="muted">
        Say which enterprises pay you for your work, and when. Their stewards confirm or dispute each claim, so everyone can see who is paid
        to work on the commons and who volunteers.
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {profile.loading && !profile.data ? (
        <Loading />
      ) : profile.error ? (
        <LoadError error={profile.error} retry={profile.reload} />
      ) : items.length === 0 ? (
        <p className="muted">You have not claimed any affiliation.</p>
      ) : (
        <ul className="affiliation-list">
          {items.map((a) => (
            <AffiliationItem key={a.id} affiliation={a} show="enterprise">
              {editing === a.id ? (
                <AffiliationForm
                  affiliation={a}
                  onSaved={() => {
                    setEditing(null);
                    profile.reload();
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Edit affiliation with ${a.enterprise.name}`}
                    onClick={() => setEditing(a.id)}
                  >
                    Edit
                  </button>
                  <ConfirmButton
                    question={`Withdraw your affiliation with ${a.enterprise.name}?`}
                    confirmLabel="Withdraw"
                    onConfirm={() => withdraw(a.id)}
                  >
                    Withdraw
                  </ConfirmButton>
                </div>
              )}
            </AffiliationItem>
          ))}
        </ul>
      )}
      <h3 className="subheading">Claim an affiliation</h3>
      <AffiliationForm enterprise={enterprise} onSaved={profile.reload} />
    </div>
  );
}
