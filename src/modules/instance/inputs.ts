import type { z } from "@hono/zod-openapi";
import { LongText, Name } from "../../http/fields.ts";
import { NewPersonInput } from "../accounts/inputs.ts";

/** First-run set-up: the instance's name and description, and its first admin. */
export const SetupInput = NewPersonInput.extend({ instanceName: Name, description: LongText(2000).optional() }).openapi("Setup");
export type Setup = z.output<typeof SetupInput>;
