import { type SQL, sql } from "drizzle-orm";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from "./values.ts";

const WHENS = sql.raw(NOTIFICATION_KINDS.map((k) => `when '${k}' then '${DEFAULT_DELIVERY[k]}'`).join(" "));

/** How one kind reaches one person: their choice, else the kind's default (values.ts). `kind` is a notification_kind expression. */
export const deliveryOf = (person: SQL, kind: SQL): SQL =>
  sql`coalesce((select np.delivery from notification_preferences np where np.person_id = ${person} and np.kind = ${kind}),
               (case ${kind}::text ${WHENS} end)::notification_delivery)`;
