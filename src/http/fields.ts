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

export const Title = z.string().trim().min(1, "This cannot be empty.").max(200, "Use at most 200 characters.");

const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}-]{0,31}$/u, "Tags are 1–32 letters, digits or hyphens.");

/** Up to 12 distinct tags, kept in the order given. */
export const Tags = z
  .array(Tag)
  .max(12, "Use at most 12 tags.")
  .transform((tags) => [...new Set(tags)])
  .openapi({ example: ["tractors", "hydraulics"] });

/** Markdown text as people write it (comments, descriptions, bodies). */
export const Markdown = (max: number) => z.string().max(max, `Use at most ${max} characters.`);
