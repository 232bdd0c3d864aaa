import { useMutation } from "@tanstack/react-query";
import { client } from "../../api/client.ts";
import { apiKey, data, invalidate } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";

/** Everything a block changes: the admin's status page and the plain list of blocks. */
const refresh = () => invalidate(apiKey("/api/federation/status"), apiKey("/api/federation/blocks"));

/** Blocks, then waits for the page's data to show it, so the caller's "done" is what the admin sees. */
export async function addBlock(body: ApiBody<"/api/federation/blocks", "post">) {
  await data(client.POST("/api/federation/blocks", { body }));
  await refresh();
}

/**
 * A table row's Block or Unblock button. Each table holds its own, so a refusal is shown beside the
 * table whose button was pressed, and only that row's button waits.
 */
export function useRowAction() {
  const action = useMutation({
    mutationFn: async ({ block, target }: { block: boolean; target: string }) => {
      if (block) return addBlock({ target });
      await data(client.POST("/api/federation/blocks/undo", { body: { target } }));
      await refresh();
    },
  });
  return {
    run: (block: boolean, target: string) => action.mutateAsync({ block, target }).catch(() => undefined),
    busy: (target: string) => action.isPending && action.variables?.target === target,
    error: action.error?.detail ?? null,
  };
}

export type RowAction = ReturnType<typeof useRowAction>;
