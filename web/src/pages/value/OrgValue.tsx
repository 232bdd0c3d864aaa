import { useOrg } from "../OrgLayout.tsx";
import { ValuePage } from "./ValuePage.tsx";

export function OrgValuePage() {
  const { org } = useOrg();
  return <ValuePage owner="phyle" slug={org.slug} title={org.name} />;
}
