import { useCommons } from "../commons/CommonsLayout.tsx";
import { ValuePage } from "./ValuePage.tsx";

export function CommonsValuePage() {
  const { commons } = useCommons();
  return <ValuePage owner="commons" slug={commons.slug} title={commons.title} />;
}
