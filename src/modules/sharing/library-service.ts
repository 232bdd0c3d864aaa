import { and, eq } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { people } from "../accounts/schema.ts";
import { recordActivity } from "../activity/service.ts";
import { findOrganization, lockedStanding, standingOf } from "../organizations/service.ts";
import type { NewLibrary, NewResourceType, NewUnit } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeRunLibrary } from "./policy.ts";
import { DEFAULT_RULES } from "./rules.ts";
import { type Library, libraries, type ResourceType, resourceCategories, resourceTypes, resourceUnits } from "./schema.ts";
import { ensureTaxonomy } from "./taxonomy.ts";

export async function findLibrary(db: Executor, slug: string): Promise<Library> {
  const [library] = await db.select().from(libraries).where(eq(libraries.slug, slug.toLowerCase())).limit(1);
  if (!library) throw AppError.notFound(t("library"));
  return library;
}

export async function findType(db: Executor, library: Library, slug: string): Promise<ResourceType> {
  const [type] = await db
    .select()
    .from(resourceTypes)
    .where(and(eq(resourceTypes.libraryId, library.id), eq(resourceTypes.slug, slug.toLowerCase())))
    .limit(1);
  if (!type) throw AppError.notFound(t("resourceType"));
  return type;
}

/** A library and one of its resource types, in one query (the hot paths: booking, availability). */
export async function findLibraryAndType(
  db: Executor,
  librarySlug: string,
  typeSlug: string,
): Promise<{ library: Library; type: ResourceType }> {
  const [row] = await db
    .select({ library: libraries, type: resourceTypes })
    .from(libraries)
    .leftJoin(resourceTypes, and(eq(resourceTypes.libraryId, libraries.id), eq(resourceTypes.slug, typeSlug.toLowerCase())))
    .where(eq(libraries.slug, librarySlug.toLowerCase()))
    .limit(1);
  if (!row) throw AppError.notFound(t("library"));
  if (!row.type) throw AppError.notFound(t("resourceType"));
  return { library: row.library, type: row.type };
}

/**
 * A unit with its type and library, in one query; `lock` takes the unit's row FOR UPDATE (a change of
 * its state). `what` names the thing the caller looked for, for the not-found problem.
 */
export async function unitContext(tx: Executor, unitId: string, opts: { lock?: boolean; what?: Parameters<typeof t>[0] } = {}) {
  const q = tx
    .select({ unit: resourceUnits, type: resourceTypes, library: libraries })
    .from(resourceUnits)
    .innerJoin(resourceTypes, eq(resourceTypes.id, resourceUnits.typeId))
    .innerJoin(libraries, eq(libraries.id, resourceTypes.libraryId))
    .where(eq(resourceUnits.id, unitId));
  const [row] = opts.lock ? await q.for("update", { of: resourceUnits }) : await q;
  if (!row) throw AppError.notFound(t(opts.what ?? "unit"));
  return row;
}

/** A resource type with its library, in one query. */
export async function typeContext(tx: Executor, typeId: string) {
  const [row] = await tx
    .select({ type: resourceTypes, library: libraries })
    .from(resourceTypes)
    .innerJoin(libraries, eq(libraries.id, resourceTypes.libraryId))
    .where(eq(resourceTypes.id, typeId));
  if (!row) throw AppError.notFound(t("resourceType"));
  return row;
}

/** The actor's standing in the library's organization, locked for a write (organizations' lockedStanding). */
export const libraryStanding = (tx: Executor, library: Library, actor: Actor | null, lock = true) =>
  (lock ? lockedStanding : standingOf)(tx, library.organizationId, actor);

export async function createLibrary(db: Db, actor: Actor | null, input: NewLibrary): Promise<Library> {
  return db.transaction(async (tx) => {
    const org = await findOrganization(tx, input.organization);
    const me = authorizeRunLibrary(actor, await lockedStanding(tx, org.id, actor));
    await ensureTaxonomy(tx);
    try {
      const [library] = await tx
        .insert(libraries)
        .values({
          organizationId: org.id,
          slug: input.slug,
          name: input.name,
          description: input.description ?? "",
          timeZone: input.timeZone,
          currency: input.currency ?? "EUR",
          address: input.address ?? "",
          latitude: input.latitude === undefined ? null : String(input.latitude),
          longitude: input.longitude === undefined ? null : String(input.longitude),
          openingHours: input.openingHours,
          rules: input.rules ?? DEFAULT_RULES,
          createdBy: me.id,
        })
        .returning();
      if (!library) throw new Error("insert returned no library");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "library.opened",
        objectType: "library",
        objectId: library.id,
        organizationId: org.id,
        data: { slug: library.slug, name: library.name },
      });
      return library;
    } catch (err) {
      throw integrityProblem(err, { libraries_slug_key: { path: "body.slug", message: t("librarySlugTaken") } }) ?? err;
    }
  });
}

export async function addResourceType(db: Db, actor: Actor | null, librarySlug: string, input: NewResourceType): Promise<ResourceType> {
  return db.transaction(async (tx) => {
    const library = await findLibrary(tx, librarySlug);
    const me = authorizeRunLibrary(actor, await libraryStanding(tx, library, actor));
    let categoryId: string | null = null;
    if (input.category) {
      const [category] = await tx
        .select({ id: resourceCategories.id })
        .from(resourceCategories)
        .where(eq(resourceCategories.slug, input.category));
      if (!category) throw AppError.validation("body.category", t("unknownCategory", { slug: input.category }));
      categoryId = category.id;
    }
    try {
      const [type] = await tx
        .insert(resourceTypes)
        .values({
          libraryId: library.id,
          slug: input.slug,
          name: input.name,
          kind: input.kind,
          categoryId,
          description: input.description ?? "",
          careNotes: input.careNotes ?? "",
          photos: input.photos ?? [],
          replacementPrice: input.replacementPrice === undefined ? null : BigInt(input.replacementPrice),
          rules: input.rules ?? {},
        })
        .returning();
      if (!type) throw new Error("insert returned no type");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "resource.added",
        objectType: "resource_type",
        objectId: type.id,
        organizationId: library.organizationId,
        data: { library: library.slug, slug: type.slug, name: type.name },
      });
      return type;
    } catch (err) {
      throw integrityProblem(err, { resource_types_library_slug_key: { path: "body.slug", message: t("typeSlugTaken") } }) ?? err;
    }
  });
}

export async function addUnit(db: Db, actor: Actor | null, librarySlug: string, typeSlug: string, input: NewUnit) {
  return db.transaction(async (tx) => {
    const library = await findLibrary(tx, librarySlug);
    const me = authorizeRunLibrary(actor, await libraryStanding(tx, library, actor));
    const type = await findType(tx, library, typeSlug);
    const acquisition = input.acquisition ?? (input.owner ? "lent" : "bought");
    let ownerPersonId: string | null = null;
    if (acquisition === "lent") {
      if (!input.owner) throw AppError.validation("body.owner", t("lentNeedsOwner"));
      const [owner] = await tx.select({ id: people.id }).from(people).where(eq(people.handle, input.owner));
      if (!owner) throw AppError.validation("body.owner", t("unknownPerson", { handle: input.owner }));
      ownerPersonId = owner.id;
    } else if (input.owner) {
      throw AppError.validation("body.owner", t("ownerOnlyWhenLent"));
    }
    try {
      const [unit] = await tx
        .insert(resourceUnits)
        .values({
          typeId: type.id,
          code: input.code,
          condition: input.condition ?? "good",
          location: input.location ?? "",
          acquisition,
          ownerPersonId,
          stewardPersonId: me.id,
        })
        .returning();
      if (!unit) throw new Error("insert returned no unit");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "unit.added",
        objectType: "resource_unit",
        objectId: unit.id,
        organizationId: library.organizationId,
        data: { library: library.slug, type: type.slug, code: unit.code },
      });
      return { unit, type, library };
    } catch (err) {
      throw integrityProblem(err, { resource_units_type_code_key: { path: "body.code", message: t("unitCodeTaken") } }) ?? err;
    }
  });
}
