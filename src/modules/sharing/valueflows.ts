import { type SQL, sql } from "drizzle-orm";
import { exactTime, keyset } from "../../db/keyset.ts";
import type { Executor } from "../../db/types.ts";
import { EXPORT_BATCH } from "../ledger/journal.ts";
import { HOUR, id, VALUEFLOWS_CONTEXT } from "../valueflows/context.ts";
import { hours, org, pages, person } from "../valueflows/events.ts";
import type { Library } from "./schema.ts";
import type { RESOURCE_KINDS } from "./values.ts";

/**
 * A library of things as ValueFlows 1.0: each resource type a ResourceSpecification, each unit an
 * EconomicResource, each live or past booking a Commitment, each check-out and check-in an
 * EconomicEvent of custody, and each returned loan of a machine or a space a `use` event.
 *
 * The export is public, so it never names who borrowed: a borrower is an anonymous agent, a node of
 * its own in each event (nothing ties two events to one person), never a handle, a name, an id or an
 * email; nor does it carry the notes that borrowers and the desk write. The library's organization and
 * the owner of a unit lent through the library are named by their pages on this instance.
 */
export const LIBRARY_VALUEFLOWS_CONTEXT = {
  ...VALUEFLOWS_CONTEXT,
  ResourceSpecification: "vf:ResourceSpecification",
  Commitment: "vf:Commitment",
  use: "vf:use",
  transferCustody: "vf:transferCustody",
  conformsTo: id("conformsTo"),
  resourceConformsTo: id("resourceConformsTo"),
  primaryAccountable: id("primaryAccountable"),
  trackingIdentifier: "vf:trackingIdentifier",
  finished: { "@id": "vf:finished", "@type": "xsd:boolean" },
} as const;

/** Where agents live on this instance, and the organization that runs the library. */
export interface LibraryUrls {
  base: string;
  /** The slug of the organization that runs the library. */
  organization: string;
}

type Node = Record<string, unknown>;
type Kind = (typeof RESOURCE_KINDS)[number];

/** Custody is handed over for tools and vehicles; a machine or a space is used where it stands. */
const actionOf = (kind: Kind) => (kind === "space" || kind === "machine" ? "use" : "transferCustody");
/** A borrower, as the public may see one: a person, unnamed. A fresh node each time, so events cannot be joined up by it. */
const borrower = () => ({ "@type": "Person" });
const urn = (uuid: string) => `urn:uuid:${uuid}`;
/** An instant as xsd:dateTime in UTC, to the second. */
const utc = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

interface TypeRow {
  id: string;
  slug: string;
  name: string;
  description: string;
}

/** The catalogue's resource types, as specifications. */
async function* specifications(db: Executor, library: Library): AsyncGenerator<Node[]> {
  const order = keyset([{ column: sql`t.slug`, type: "text" }], "asc");
  const query = (resume: SQL, orderBy: SQL) => sql`
    select t.id, t.slug, t.name, t.description
      from resource_types t
     where t.library_id = ${library.id}::uuid ${resume}
     order by ${orderBy}
     limit ${EXPORT_BATCH}`;
  for await (const rows of pages<TypeRow>(db, order, query, (r) => [r.slug])) {
    yield rows.map((r) => ({
      "@id": urn(r.id),
      "@type": "ResourceSpecification",
      name: r.name,
      ...(r.description.trim() ? { note: r.description.trim() } : {}),
    }));
  }
}

interface UnitRow {
  id: string;
  code: string;
  type_id: string;
  type_slug: string;
  type_name: string;
  owner: string | null;
}

/** Every unit, retired ones included (their history is in the graph): the library's, or its lending member's. */
async function* resources(db: Executor, library: Library, u: LibraryUrls): AsyncGenerator<Node[]> {
  const order = keyset(
    [
      { column: sql`t.slug`, type: "text" },
      { column: sql`u.code`, type: "text" },
    ],
    "asc",
  );
  const query = (resume: SQL, orderBy: SQL) => sql`
    select u.id, u.code, t.id as type_id, t.slug as type_slug, t.name as type_name, p.handle as owner
      from resource_units u
      join resource_types t on t.id = u.type_id
      left join people p on p.id = u.owner_person_id
     where t.library_id = ${library.id}::uuid ${resume}
     order by ${orderBy}
     limit ${EXPORT_BATCH}`;
  for await (const rows of pages<UnitRow>(db, order, query, (r) => [r.type_slug, r.code])) {
    yield rows.map((r) => ({
      "@id": urn(r.id),
      "@type": "EconomicResource",
      name: `${r.type_name} ${r.code}`,
      trackingIdentifier: r.code,
      conformsTo: urn(r.type_id),
      primaryAccountable: r.owner ? person(u, r.owner) : org(u, u.organization),
    }));
  }
}

interface BookingRow {
  id: string;
  cursor: string;
  status: string;
  kind: Kind;
  unit_id: string;
  type_id: string;
  starts_at: string;
  ends_at: string;
}

/** Bookings that hold or held a unit (requested, confirmed, checked out, returned, not picked up); not those cancelled or declined. */
async function* commitments(db: Executor, library: Library, u: LibraryUrls): AsyncGenerator<Node[]> {
  const order = keyset(
    [
      { column: sql`b.starts_at`, type: "timestamptz" },
      { column: sql`b.id`, type: "uuid" },
    ],
    "asc",
  );
  const query = (resume: SQL, orderBy: SQL) => sql`
    select b.id, ${exactTime(sql`b.starts_at`)} as cursor, b.status, t.kind, b.unit_id, b.type_id,
           ${utc(sql`b.starts_at`)} as starts_at, ${utc(sql`b.ends_at`)} as ends_at
      from bookings b
      join resource_types t on t.id = b.type_id
     where b.library_id = ${library.id}::uuid and b.status in ('requested', 'confirmed', 'active', 'returned', 'no_show')
       ${resume}
     order by ${orderBy}
     limit ${EXPORT_BATCH}`;
  for await (const rows of pages<BookingRow>(db, order, query, (r) => [r.cursor, r.id])) {
    yield rows.map((r) => ({
      "@id": urn(r.id),
      "@type": "Commitment",
      action: actionOf(r.kind),
      provider: org(u, u.organization),
      receiver: borrower(),
      resourceInventoriedAs: urn(r.unit_id),
      resourceConformsTo: urn(r.type_id),
      hasBeginning: r.starts_at,
      hasEnd: r.ends_at,
      finished: r.status === "returned" || r.status === "no_show",
    }));
  }
}

interface LoanRow {
  cursor: string;
  id: string;
  out_id: string;
  in_id: string;
  use_id: string;
  kind: Kind;
  unit_id: string;
  out_at: string;
  in_at: string | null;
  minutes: number | null;
}

/**
 * Custody: the library hands the unit over at check-out and takes it back at check-in; a returned loan
 * of a machine or a space is also its use, for as long as it was out. An event's id is derived from the
 * loan's (md5 of the loan and the event, as a UUID), so it is the same in every export. Use is counted in whole minutes.
 */
async function* custodyEvents(db: Executor, library: Library, u: LibraryUrls): AsyncGenerator<Node[]> {
  const order = keyset(
    [
      { column: sql`l.checked_out_at`, type: "timestamptz" },
      { column: sql`l.id`, type: "uuid" },
    ],
    "asc",
  );
  const query = (resume: SQL, orderBy: SQL) => sql`
    select ${exactTime(sql`l.checked_out_at`)} as cursor, l.id,
           md5(l.id::text || ':check-out')::uuid as out_id, md5(l.id::text || ':check-in')::uuid as in_id,
           md5(l.id::text || ':use')::uuid as use_id, t.kind, l.unit_id,
           ${utc(sql`l.checked_out_at`)} as out_at, ${utc(sql`l.checked_in_at`)} as in_at,
           round(extract(epoch from (l.checked_in_at - l.checked_out_at)) / 60)::int as minutes
      from loans l
      join resource_units un on un.id = l.unit_id
      join resource_types t on t.id = un.type_id
     where t.library_id = ${library.id}::uuid ${resume}
     order by ${orderBy}
     limit ${EXPORT_BATCH}`;
  const holder = org(u, u.organization);
  for await (const rows of pages<LoanRow>(db, order, query, (r) => [r.cursor, r.id])) {
    yield rows.flatMap((r) => {
      const resource = urn(r.unit_id);
      const events: Node[] = [
        {
          "@id": urn(r.out_id),
          "@type": "EconomicEvent",
          action: "transferCustody",
          provider: holder,
          receiver: borrower(),
          resourceInventoriedAs: resource,
          hasPointInTime: r.out_at,
        },
      ];
      if (r.in_at === null) return events;
      events.push({
        "@id": urn(r.in_id),
        "@type": "EconomicEvent",
        action: "transferCustody",
        provider: borrower(),
        receiver: holder,
        resourceInventoriedAs: resource,
        hasPointInTime: r.in_at,
      });
      if (r.kind === "space" || r.kind === "machine") {
        events.push({
          "@id": urn(r.use_id),
          "@type": "EconomicEvent",
          action: "use",
          provider: holder,
          receiver: borrower(),
          resourceInventoriedAs: resource,
          hasBeginning: r.out_at,
          hasEnd: r.in_at,
          effortQuantity: { "@type": "Measure", hasNumericalValue: hours(Number(r.minutes ?? 0)), hasUnit: HOUR },
        });
      }
      return events;
    });
  }
}

/** The library's graph, section by section, a keyset page at a time: specifications, resources, commitments, events. */
export async function* libraryGraph(db: Executor, library: Library, u: LibraryUrls): AsyncGenerator<Node[]> {
  yield* specifications(db, library);
  yield* resources(db, library, u);
  yield* commitments(db, library, u);
  yield* custodyEvents(db, library, u);
}
