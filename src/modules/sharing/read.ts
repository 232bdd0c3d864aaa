import { sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { nowMs } from "../../now.ts";
import { requireActor } from "../accounts/policy.ts";
import { findLibrary, findLibraryAndType, libraryStanding } from "./library-service.ts";
import { t } from "./messages.ts";
import { authorizeDesk } from "./policy.ts";
import { rulesFor } from "./rules.ts";
import { LIVE_STATUSES } from "./schema.ts";
import type { RESOURCE_KINDS } from "./values.ts";

/** An instant as the API writes it (RFC 3339 in UTC with milliseconds), formatted by the database rather than re-parsed in Node. */
const ISO = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** A window to look at, as instants; the library's whole local days when given as dates. */
export function windowOf(timeZone: string, from: string | undefined, to: string | undefined, defaultDays: number) {
  const parse = (v: string, path: string) => {
    try {
      return Temporal.PlainDate.from(v);
    } catch {
      throw AppError.validation(path, t("day"));
    }
  };
  const today = Temporal.Instant.fromEpochMilliseconds(nowMs()).toZonedDateTimeISO(timeZone).toPlainDate();
  const first = from ? parse(from, "query.from") : today;
  const last = to ? parse(to, "query.to") : first.add({ days: defaultDays - 1 });
  if (Temporal.PlainDate.compare(last, first) < 0) throw AppError.validation("query.to", t("lastBeforeFirst"));
  if (first.until(last).days > 366) throw AppError.validation("query.to", t("windowTooLong"));
  return {
    first,
    last,
    start: first.toZonedDateTime({ timeZone }).toInstant().toString(),
    end: last.add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant().toString(),
  };
}

export interface CatalogueQuery {
  category?: string | undefined;
  kind?: (typeof RESOURCE_KINDS)[number] | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The catalogue: each type with its category, its units in service and, when dates are given, how
 * many of them are free for the whole window. A category filter takes its sub-categories too.
 */
export async function listResources(db: Db, librarySlug: string, query: CatalogueQuery) {
  const library = await findLibrary(db, librarySlug);
  const window = query.from || query.to ? windowOf(library.timeZone, query.from, query.to, 1) : null;
  const rows = await rowsOf<{
    slug: string;
    name: string;
    kind: (typeof RESOURCE_KINDS)[number];
    category: string | null;
    categoryName: string | null;
    photo: string | null;
    units: number;
    inService: number;
    free: number | null;
  }>(
    db,
    sql`select t.slug, t.name, t.kind, c.slug as category, c.name as "categoryName", t.photos[1] as photo,
               (select count(*)::int from resource_units u where u.type_id = t.id and u.status <> 'retired') as units,
               (select count(*)::int from resource_units u where u.type_id = t.id and u.status = 'available') as "inService",
               ${
                 window
                   ? sql`(select count(*)::int from resource_units u where u.type_id = t.id and u.status = 'available'
                           and not exists (select 1 from bookings b where b.unit_id = u.id and b.status in ${LIVE_STATUSES}
                             and tstzrange(b.blocked_from, b.blocked_until, '[)') && tstzrange(${window.start}::timestamptz, ${window.end}::timestamptz, '[)')))`
                   : sql`null::int`
               } as free
        from resource_types t left join resource_categories c on c.id = t.category_id
        where t.library_id = ${library.id}::uuid
          ${query.kind ? sql`and t.kind = ${query.kind}::resource_kind` : sql``}
          ${
            query.category
              ? sql`and t.category_id in (with recursive sub as (select id from resource_categories where slug = ${query.category}
                      union all select c2.id from resource_categories c2 join sub on c2.parent_id = sub.id) select id from sub)`
              : sql``
          }
          ${query.q ? sql`and to_tsvector('simple', t.name || ' ' || t.description) @@ plainto_tsquery('simple', ${query.q})` : sql``}
        order by t.name, t.slug
        limit 500`,
  );
  return { library, window, items: rows };
}

/**
 * The public calendar of a type: each unit's busy periods in the window (what it blocks, buffers
 * included), never who booked. One query, by the units' own index of blocked periods.
 */
export async function availability(db: Db, librarySlug: string, typeSlug: string, from: string | undefined, to: string | undefined) {
  const { library, type } = await findLibraryAndType(db, librarySlug, typeSlug);
  const window = windowOf(library.timeZone, from, to, 31);
  const rows = await rowsOf<{ unit: string; code: string; status: string; busy: { from: string; until: string }[] | null }>(
    db,
    sql`select u.id as unit, u.code, u.status,
               (select jsonb_agg(jsonb_build_object('from', ${ISO("b.blocked_from")}, 'until', ${ISO("b.blocked_until")}) order by b.blocked_from)
                from bookings b where b.unit_id = u.id and b.status in ${LIVE_STATUSES}
                  and tstzrange(b.blocked_from, b.blocked_until, '[)') && tstzrange(${window.start}::timestamptz, ${window.end}::timestamptz, '[)')) as busy
        from resource_units u where u.type_id = ${type.id}::uuid and u.status <> 'retired'
        order by u.code`,
  );
  return { library, type, rules: rulesFor(library.rules, type.rules), window, units: rows };
}

/** A person's bookings (recent and coming) with their loans, for "my bookings and loans". */
export async function myBookings(db: Db, actor: Actor | null) {
  const me = requireActor(actor);
  return rowsOf<{
    id: string;
    library: string;
    libraryName: string;
    resource: string;
    resourceName: string;
    unitCode: string;
    status: string;
    startsAt: Date;
    endsAt: Date;
    affected: boolean;
    loan: { id: string; dueAt: string; checkedInAt: string | null; answered: boolean } | null;
  }>(
    db,
    sql`select b.id, l.slug as library, l.name as "libraryName", t.slug as resource, t.name as "resourceName", u.code as "unitCode",
               b.status, b.starts_at as "startsAt", b.ends_at as "endsAt", b.affected_at is not null as affected,
               (select jsonb_build_object('id', o.id, 'dueAt', o.due_at, 'checkedInAt', o.checked_in_at, 'answered', o.without_loan is not null)
                from loans o where o.booking_id = b.id order by o.checked_out_at desc limit 1) as loan
        from bookings b join resource_types t on t.id = b.type_id join libraries l on l.id = b.library_id
        join resource_units u on u.id = b.unit_id
        where b.person_id = ${me.id}::uuid and (b.ends_at > triarchy_now() - interval '90 days' or b.status = 'active')
        order by b.starts_at desc
        limit 200`,
  );
}

/**
 * The desk's day: pick-ups starting that local day, returns due that day, loans overdue, units held
 * for maintenance or out of service, and open problem reports. Borrowers are named here only: the
 * desk hands things to people.
 */
export async function deskDay(db: Db, actor: Actor | null, librarySlug: string, day: string | undefined) {
  const library = await findLibrary(db, librarySlug);
  authorizeDesk(actor, await libraryStanding(db, library, actor, false));
  const window = windowOf(library.timeZone, day, day, 1);
  const person = sql`jsonb_build_object('handle', p.handle, 'name', p.name)`;
  const [pickups, returns, overdue, held, problems] = await Promise.all([
    rowsOf<DeskRow>(
      db,
      sql`select b.id, t.slug as resource, t.name as "resourceName", u.code as "unitCode", b.status, b.starts_at as "startsAt", b.ends_at as "endsAt",
                 ${person} as borrower, null::uuid as "loanId"
          from bookings b join resource_types t on t.id = b.type_id join resource_units u on u.id = b.unit_id join people p on p.id = b.person_id
          where b.library_id = ${library.id}::uuid and b.status in ('confirmed', 'requested')
            and b.starts_at >= ${window.start}::timestamptz and b.starts_at < ${window.end}::timestamptz
          order by b.starts_at, u.code`,
    ),
    rowsOf<DeskRow>(
      db,
      sql`select b.id, t.slug as resource, t.name as "resourceName", u.code as "unitCode", b.status, b.starts_at as "startsAt", o.due_at as "endsAt",
                 ${person} as borrower, o.id as "loanId"
          from loans o join resource_units u on u.id = o.unit_id join resource_types t on t.id = u.type_id
          join people p on p.id = o.custodian_id left join bookings b on b.id = o.booking_id
          where t.library_id = ${library.id}::uuid and o.checked_in_at is null
            -- A whole-day loan is due at the midnight that ends its last day: it is that day's return.
            and o.due_at > ${window.start}::timestamptz and o.due_at <= ${window.end}::timestamptz
          order by o.due_at, u.code`,
    ),
    rowsOf<DeskRow>(
      db,
      sql`select b.id, t.slug as resource, t.name as "resourceName", u.code as "unitCode", b.status, b.starts_at as "startsAt", o.due_at as "endsAt",
                 ${person} as borrower, o.id as "loanId"
          from loans o join resource_units u on u.id = o.unit_id join resource_types t on t.id = u.type_id
          join people p on p.id = o.custodian_id left join bookings b on b.id = o.booking_id
          where t.library_id = ${library.id}::uuid and o.checked_in_at is null and o.due_at < triarchy_now()
          order by o.due_at`,
    ),
    rowsOf<{ id: string; code: string; resource: string; resourceName: string; status: string }>(
      db,
      sql`select u.id, u.code, t.slug as resource, t.name as "resourceName", u.status
          from resource_units u join resource_types t on t.id = u.type_id
          where t.library_id = ${library.id}::uuid and u.status in ('maintenance', 'out_of_service') order by t.name, u.code`,
    ),
    rowsOf<{
      id: string;
      unit: string;
      code: string;
      resourceName: string;
      severity: string;
      note: string;
      photo: string | null;
      createdAt: Date;
    }>(
      db,
      sql`select r.id, u.id as unit, u.code, t.name as "resourceName", r.severity, r.note, r.photo, r.created_at as "createdAt"
          from problem_reports r join resource_units u on u.id = r.unit_id join resource_types t on t.id = u.type_id
          where t.library_id = ${library.id}::uuid and r.resolved_at is null order by r.created_at`,
    ),
  ]);
  return { library, day: window.first.toString(), pickups, returns, overdue, held, problems };
}

export interface DeskRow {
  id: string | null;
  resource: string;
  resourceName: string;
  unitCode: string;
  status: string | null;
  startsAt: Date | null;
  endsAt: Date;
  borrower: { handle: string; name: string };
  loanId: string | null;
}
