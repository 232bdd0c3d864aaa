import { z } from "@hono/zod-openapi";

/** Field types shared by several modules, so one rule holds everywhere they appear. */
const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;

export const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(SLUG_RE, "Use 1–50 lower-case letters, digits or hyphens, not starting or ending with a hyphen.")
  .openapi({ example: "open-hardware-lab" });

export const Handle = Slug.openapi({ example: "ada" });

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address."));

export const Password = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.")
  .openapi({ format: "password" });

export const Name = z.string().trim().min(1, "This cannot be empty.").max(120, "Use at most 120 characters.");

export const LongText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

export const WebUrl = z
  .string()
  .trim()
  .max(500)
  .url("Enter a full web address, starting with https:// or http://.")
  .refine((u) => /^https?:\/\//i.test(u), "Only http and https addresses are allowed.");

/** A calendar day, YYYY-MM-DD, that exists. */
export const Day = z.iso.date("Use a date as YYYY-MM-DD.").openapi({ example: "2026-01-31" });

export const Uuid = z.uuid("Not a valid id.");
