import { createRoute, z } from "@hono/zod-openapi";
import { jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { federationStatus } from "./admin.ts";
import { BlockSchema, blockView } from "./routes.ts";

const count = z.number().int().nonnegative();

const QueueDepthSchema = z
  .object({
    queued: count.openapi({ description: "Messages waiting, to send or received." }),
    ready: count.openapi({ description: "Of those, the ones due now." }),
    delayed: count.openapi({ description: "Of those, the ones waiting for a retry or a later time." }),
  })
  .openapi("FederationQueueDepth");

const FailingInboxSchema = z
  .object({
    inbox: z.string().openapi({ example: "https://other.example/inbox" }),
    waiting: count.openapi({ description: "Deliveries to it waiting to be retried." }),
    attempts: count.openapi({ description: "The most attempts any of them has had." }),
  })
  .openapi("FederationFailingInbox");

const KnownInstanceSchema = z
  .object({
    host: z.string().openapi({ example: "other.example" }),
    followers: count.openapi({ description: "Follows of actors here by actors there." }),
    follows: count.openapi({ description: "Follows of actors there by people here." }),
    blocked: z.boolean().openapi({ description: "Whether the whole instance is blocked." }),
  })
  .openapi("FederationKnownInstance");

const FederationStatusSchema = z
  .object({
    queue: QueueDepthSchema,
    failing: z.array(FailingInboxSchema).openapi({ description: "Inboxes whose deliveries are being retried, most attempts first." }),
    instances: z.array(KnownInstanceSchema).openapi({ description: "Every host named by a remote follower or follow." }),
    blocks: z.array(BlockSchema),
  })
  .openapi("FederationStatus");

const status = createRoute({
  method: "get",
  path: "/federation/status",
  tags: ["Federation"],
  summary: "The delivery queue, failing inboxes, known instances and blocks (the instance's admin)",
  security: signedIn,
  responses: { 200: jsonContent(FederationStatusSchema, "The federation's state"), ...problems(401, 403) },
});

export const federationAdminRoutes = createRouter().openapi(status, async (c) => {
  const s = await federationStatus(c.var.deps.db, c.var.actor);
  // Field by field: the queue's messages hold private keys, so nothing read from them is passed on whole.
  return c.json(
    {
      queue: { queued: s.queue.queued, ready: s.queue.ready ?? 0, delayed: s.queue.delayed ?? 0 },
      failing: s.failing.map((f) => ({ inbox: f.inbox, waiting: f.waiting, attempts: f.attempts })),
      instances: s.instances,
      blocks: s.blocks.map(blockView),
    },
    200,
  );
});
