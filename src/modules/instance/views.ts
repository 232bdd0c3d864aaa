import { z } from "@hono/zod-openapi";

export const InstanceSchema = z
  .object({
    setUp: z.boolean().openapi({ description: "False until the first-run page has created the admin." }),
    name: z.string(),
    description: z.string(),
    counts: z.object({ people: z.number().int(), organizations: z.number().int() }),
    email: z.object({
      enabled: z.boolean().openapi({ description: "Whether this instance sends email (an SMTP server is configured)." }),
      requireVerified: z.boolean().openapi({ description: "Whether an account must prove its email address before it may write." }),
    }),
  })
  .openapi("Instance");
