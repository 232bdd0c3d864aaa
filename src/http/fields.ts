import { z } from "@hono/zod-openapi";
import { rule } from "../text/messages.ts";
import { t } from "./messages.ts";

/** Field types shared by several modules, so one rule holds everywhere they appear. */
const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;

export const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(SLUG_RE, rule(t("slug")))
  .openapi({ example: "open-hardware-lab" });

export const Handle = Slug.openapi({ example: "ada" });

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email(rule(t("email"))));

export const Password = z
  .string()
  .min(10, rule(t("atLeast", { min: 10 })))
  .max(200, rule(t("atMost", { max: 200 })))
  .openapi({ format: "password" });

export const Name = z
  .string()
  .trim()
  .min(1, rule(t("empty")))
  .max(120, rule(t("atMost", { max: 120 })));

export const LongText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, rule(t("atMost", { max })));

export const WebUrl = z
  .string()
  .trim()
  .max(500)
  .url(rule(t("webUrl")))
  .refine((u) => /^https?:\/\//i.test(u), rule(t("httpOnly")));

/** A calendar day, YYYY-MM-DD, that exists. */
export const Day = z.iso.date(rule(t("day"))).openapi({ example: "2026-01-31" });

export const Uuid = z.uuid(rule(t("uuid")));

export const Title = z
  .string()
  .trim()
  .min(1, rule(t("empty")))
  .max(200, rule(t("atMost", { max: 200 })));

const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}-]{0,31}$/u, rule(t("tag")));

/** Up to 12 distinct tags, kept in the order given. */
export const Tags = z
  .array(Tag)
  .max(12, rule(t("tags", { max: 12 })))
  .transform((tags) => [...new Set(tags)])
  .openapi({ example: ["tractors", "hydraulics"] });

/** Markdown text as people write it (comments, descriptions, bodies). */
export const Markdown = (max: number) => z.string().max(max, rule(t("atMost", { max })));
