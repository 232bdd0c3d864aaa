import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ApiTokens } from "../components/ApiTokens.tsx";
import { OpenProposals } from "../components/commons/OpenProposals.tsx";
import { EmailSettings } from "../components/EmailSettings.tsx";
import { handleToFollow } from "../components/federation/addresses.ts";
import { MyAffiliations } from "../components/MyAffiliations.tsx";
import { PasswordForm } from "../components/PasswordForm.tsx";
import { ProfileForm } from "../components/ProfileForm.tsx";
import { RemoteFollows } from "../components/RemoteFollows.tsx";
import { useTitle } from "../hooks.ts";
import type { MessageKey } from "../i18n/resources.ts";
import { useSession } from "../session.tsx";

const SECTIONS: { id: string; title: MessageKey }[] = [
  { id: "profile", title: "account.section.profile" },
  { id: "email", title: "account.section.email" },
  { id: "proposals", title: "account.section.proposals" },
  { id: "notifications", title: "account.section.notifications" },
  { id: "affiliations", title: "account.section.affiliations" },
  { id: "password", title: "account.section.password" },
  { id: "tokens", title: "account.section.tokens" },
  { id: "following", title: "account.section.following" },
];

export function AccountPage() {
  const { t } = useTranslation();
  useTitle(t("account.title"));
  const { me } = useSession();
  const location = useLocation();
  const enterprise = new URLSearchParams(location.search).get("enterprise") ?? "";
  const follow = handleToFollow(location.search);

  useEffect(() => {
    const id = location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [location.hash]);

  if (!me) return null;
  return (
    <div className="page account">
      <div className="page-head">
        <div>
          <h1>{t("account.title")}</h1>
          <p className="lede">
            {t("account.signedInAs", { name: me.name, handle: me.handle })}{" "}
            <Link to={`/people/${me.handle}`}>{t("account.viewProfile")}</Link>
            {me.isAdmin ? (
              <>
                {" "}
                <Link to="/admin/instance">{t("account.instance.link")}</Link>{" "}
                <Link to="/admin/federation">{t("account.federation.link")}</Link>
              </>
            ) : null}
          </p>
        </div>
      </div>
      <nav className="account-nav" aria-label={t("account.sections")}>
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`}>
            {t(s.title)}
          </a>
        ))}
      </nav>
      <div className="account-sections">
        <section id="profile" className="card section" aria-labelledby="profile-title">
          <h2 id="profile-title">{t("account.section.profile")}</h2>
          <ProfileForm me={me} />
        </section>
        <section id="email" className="card section" aria-labelledby="email-title">
          <h2 id="email-title">{t("account.section.email")}</h2>
          <EmailSettings me={me} />
        </section>
        <section id="proposals" className="card section" aria-labelledby="proposals-title">
          <h2 id="proposals-title">{t("account.proposals.title")}</h2>
          <p className="muted">{t("account.proposals.intro")}</p>
          <OpenProposals handle={me.handle} isMe />
        </section>
        <section id="notifications" className="card section" aria-labelledby="notifications-title">
          <h2 id="notifications-title">{t("account.section.notifications")}</h2>
          <p className="muted">{t("account.notifications.intro")}</p>
          <p>
            <Link to="/account/notifications">{t("account.notifications.link")}</Link>
          </p>
        </section>
        <section id="affiliations" className="card section" aria-labelledby="affiliations-title">
          <h2 id="affiliations-title">{t("account.section.affiliations")}</h2>
          <MyAffiliations me={me} enterprise={enterprise} />
        </section>
        <section id="password" className="card section" aria-labelledby="password-title">
          <h2 id="password-title">{t("account.section.password")}</h2>
          <PasswordForm />
        </section>
        <section id="tokens" className="card section" aria-labelledby="tokens-title">
          <h2 id="tokens-title">{t("account.section.tokens")}</h2>
          <ApiTokens />
        </section>
        <section id="following" className="card section" aria-labelledby="following-title">
          <h2 id="following-title">{t("account.section.following")}</h2>
          <RemoteFollows handle={follow} />
        </section>
      </div>
    </div>
  );
}
