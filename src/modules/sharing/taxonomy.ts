import { sql } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";

/**
 * The taxonomy's first categories, written into the database the first time a library opens (so a
 * restore still starts from an empty database). More are data an admin adds. Replacement prices are
 * defaults in euro cents that each library overrides per type. Emission factors stay empty until
 * someone enters one with its source, so the impact page never shows a figure nobody can trace.
 */
const CATEGORIES: { slug: string; name: string; parent?: string; price?: number }[] = [
  { slug: "tools", name: "Tools" },
  { slug: "vehicles", name: "Vehicles" },
  { slug: "spaces", name: "Spaces" },
  { slug: "machines", name: "Machines" },
  { slug: "household", name: "Household and leisure" },
  { slug: "power-tools", name: "Power tools", parent: "tools", price: 15000 },
  { slug: "hand-tools", name: "Hand tools", parent: "tools", price: 3000 },
  { slug: "garden-tools", name: "Garden tools", parent: "tools", price: 8000 },
  { slug: "ladders", name: "Ladders and scaffolding", parent: "tools", price: 20000 },
  { slug: "measuring", name: "Measuring and testing", parent: "tools", price: 10000 },
  { slug: "cargo-bikes", name: "Cargo bikes", parent: "vehicles", price: 500000 },
  { slug: "bicycles", name: "Bicycles", parent: "vehicles", price: 80000 },
  { slug: "cars", name: "Cars", parent: "vehicles", price: 2500000 },
  { slug: "vans", name: "Vans", parent: "vehicles", price: 3500000 },
  { slug: "trailers", name: "Trailers", parent: "vehicles", price: 150000 },
  { slug: "meeting-rooms", name: "Meeting rooms", parent: "spaces" },
  { slug: "workshops", name: "Workshops and studios", parent: "spaces" },
  { slug: "kitchens", name: "Kitchens", parent: "spaces" },
  { slug: "laser-cutters", name: "Laser cutters", parent: "machines", price: 800000 },
  { slug: "3d-printers", name: "3D printers", parent: "machines", price: 60000 },
  { slug: "cnc", name: "CNC routers and mills", parent: "machines", price: 600000 },
  { slug: "sewing-machines", name: "Sewing machines", parent: "machines", price: 30000 },
  { slug: "kitchenware", name: "Kitchenware", parent: "household", price: 8000 },
  { slug: "camping", name: "Camping and outdoor", parent: "household", price: 15000 },
  { slug: "electronics", name: "Electronics and audio-visual", parent: "household", price: 40000 },
  { slug: "party", name: "Party and events", parent: "household", price: 10000 },
];

/** Writes the categories that are missing (parents first); existing ones, edited or not, are kept. */
export async function ensureTaxonomy(tx: Executor) {
  const rows = JSON.stringify(CATEGORIES.map((c) => ({ slug: c.slug, name: c.name, parent: c.parent ?? null, price: c.price ?? null })));
  for (const level of ["roots", "children"] as const) {
    await tx.execute(sql`insert into resource_categories (slug, name, parent_id, default_replacement_price)
      select r.slug, r.name, p.id, r.price
      from jsonb_to_recordset(${rows}::jsonb) as r(slug text, name text, parent text, price bigint)
      left join resource_categories p on p.slug = r.parent
      where ${level === "roots" ? sql`r.parent is null` : sql`r.parent is not null`}
      on conflict (slug) do nothing`);
  }
}
