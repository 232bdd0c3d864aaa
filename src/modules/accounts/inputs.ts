import { z } from "@hono/zod-openapi";
import { Email, Handle, Name, Password } from "../../http/fields.ts";

/** A new account, however it arrives (sign-up, first-run set-up, `triarchy admin create`). */
export const NewPersonInput = z.strictObject({ handle: Handle, name: Name, email: Email, password: Password }).openapi("SignUp");
export type NewPerson = z.output<typeof NewPersonInput>;
