import { useEffect } from "react";
import { Link, useLocation } from "react-router";
import { ApiTokens } from "../components/ApiTokens.tsx";
import { OpenProposals } from "../components/commons/OpenProposals.tsx";
import { MyAffiliations } from "../components/MyAffiliations.tsx";
import { PasswordForm } from "../components/PasswordForm.tsx";
import { ProfileForm } from "../components/ProfileForm.tsx";
import { useTitle } from "../hooks.ts";
import { useSession } from "../session.tsx";

const SECTIONS = [
  { id: "profile", title: "Profile" },
  { id: "proposals", title: "Open proposals" },
  { id: "affiliations", title: "Affiliations" },
  { id: "password", title: "Password" },
  { id: "tokens", title: "API tokens" },
] as const;

export function AccountPage() {
  useTitle("Your account");
  const { me } = useSession();
  const location = useLocation();
  const enterprise = new URLSearchParams(location.search).get("enterprise") ?? "";

  useEffect(() => {
    const id = location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [location.hash]);

  if (!me) return null;
  return (
    <div className="page account">
      <div className="page-head">
        <div>
          <h1>Your account</h1>
          <p className="lede">
            Signed in as {me.name} (@{me.handle}). <Link to={`/people/${me.handle}`}>View your public profile</Link>
          </p>
        </div>
      </div>
      <nav className="account-nav" aria-label="Account sections">
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`}>
            {s.title}
          </a>
        ))}
      </nav>
      <div className="account-sections">
        <section id="profile" className="card section" aria-labelledby="profile-title">
          <h2 id="profile-title">Profile</h2>
          <ProfileForm me={me} />
        </section>
        <section id="proposals" className="card section" aria-labelledby="proposals-title">
          <h2 id="proposals-title">Your open proposals</h2>
          <p className="muted">Waiting for review, or conflicted and waiting for you to update them.</p>
          <OpenProposals handle={me.handle} isMe />
        </section>
        <section id="affiliations" className="card section" aria-labelledby="affiliations-title">
          <h2 id="affiliations-title">Affiliations</h2>
          <MyAffiliations me={me} enterprise={enterprise} />
        </section>
        <section id="password" className="card section" aria-labelledby="password-title">
          <h2 id="password-title">Password</h2>
          <PasswordForm />
        </section>
        <section id="tokens" className="card section" aria-labelledby="tokens-title">
          <h2 id="tokens-title">API tokens</h2>
          <ApiTokens />
        </section>
      </div>
    </div>
  );
}
