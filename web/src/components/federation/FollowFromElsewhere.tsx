import { useTranslation } from "react-i18next";
import { CopyButton } from "../CopyButton.tsx";
import { organizationHandle } from "./addresses.ts";
import "../../styles/federation.css";

/**
 * For a visitor with an account on another instance: this organization's handle to copy, and where
 * to paste it there. Folded away, so it takes one line of the page.
 */
export function FollowFromElsewhere({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const handle = organizationHandle(slug, window.location.host);
  return (
    <details className="follow-elsewhere">
      <summary>{t("federation.elsewhere.summary")}</summary>
      <p>{t("federation.elsewhere.how")}</p>
      <p className="secret-row">
        <code className="secret-value">{handle}</code>
        <CopyButton text={handle} what={handle} />
      </p>
    </details>
  );
}
