import { useEffect } from "react";
import { useSession } from "./session.tsx";

/** Sets document.title to "<page> · <instance name>". */
export function useTitle(page: string | null | undefined) {
  const { instance } = useSession();
  useEffect(() => {
    document.title = page ? `${page} · ${instance.name}` : instance.name;
  }, [page, instance.name]);
}
