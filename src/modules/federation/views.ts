import { z } from "@hono/zod-openapi";
import type { remoteFollowing } from "./schema.ts";

export const RemoteFollowSchema = z
  .object({
    handle: z.string().openapi({ example: "@open-lab@other.example" }),
    name: z.string(),
    actor: z.string().url().openapi({ description: "The remote actor's ActivityPub address." }),
    status: z.enum(["pending", "accepted"]).openapi({ description: "pending until the remote instance accepts the follow." }),
    since: z.string().datetime(),
  })
  .openapi("RemoteFollow");

export const remoteFollowView = (r: typeof remoteFollowing.$inferSelect) => ({
  handle: r.handle,
  name: r.name,
  actor: r.actorUri,
  status: r.status,
  since: r.createdAt.toISOString(),
});
