import { type SQL, sql } from "drizzle-orm";
import { DEFAULT_LANGUAGE } from "../../text/messages.ts";
import { deliveryOf } from "./delivery.ts";

/** Whether notifications may go by email: the instance has an SMTP server. */
export interface MailSwitch {
  email: boolean;
}

/**
 * The messages of a discussion thread together in mail clients, and those about any one thing (a
 * proposal, a need) together too.
 */
const THREAD_KEY = sql`coalesce((select 'thread.' || c.thread_id from comments c where a.object_type = 'comment' and c.id = a.object_id),
                                a.object_type || '.' || a.object_id)`;

/**
 * A clause to follow a `told` CTE (notifications just inserted: id, person_id, activity_id, kind):
 * writes, in the same statement and so the same transaction, an email for each whose person takes
 * that kind by email at once and has proved their address. Empty when the instance sends no email.
 */
export function mailTold(on: MailSwitch): SQL {
  if (!on.email) return sql``;
  return sql`, mailed as (
      insert into mail_outbox (person_id, to_address, language, template, data, thread_key, topic)
      select t.person_id, p.email, coalesce(p.language, ${DEFAULT_LANGUAGE}), 'notification', jsonb_build_object('notificationId', t.id),
             ${THREAD_KEY}, t.kind::text
      from told t join people p on p.id = t.person_id join activities a on a.id = t.activity_id
      where p.email_verified_at is not null and ${deliveryOf(sql`t.person_id`, sql`t.kind`)} = 'email'
      returning 1)`;
}
