import { createRoute, z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { calendars } from "./calendar-cache.ts";
import { availability, listResources, myBookings } from "./read.ts";
import { RESOURCE_KINDS } from "./values.ts";
import { AvailabilitySchema, CatalogueSchema, iso, libraryView, MyBookingSchema, resourceTypeView, WaitlistPlaceSchema } from "./views.ts";
import { myWaitlist } from "./waitlist-service.ts";

const TAGS = ["Shared resources"];
const DayQuery = (what: string) =>
  z
    .string()
    .optional()
    .openapi({ description: `${what} (the library's local date, YYYY-MM-DD).` });

const catalogue = createRoute({
  method: "get",
  path: "/libraries/{slug}/resources",
  tags: TAGS,
  summary: "A library's catalogue, with availability for given dates (public)",
  request: {
    params: z.object({ slug: Slug }),
    query: z.object({
      category: Slug.optional().openapi({ description: "A category of the taxonomy; its sub-categories are included." }),
      kind: z.enum(RESOURCE_KINDS).optional(),
      q: z.string().max(100).optional().openapi({ description: "Words of the name or description." }),
      from: DayQuery("First day to check availability for"),
      to: DayQuery("Last day to check availability for"),
    }),
  },
  responses: { 200: jsonContent(CatalogueSchema, "The catalogue"), ...problems(404) },
});

const calendar = createRoute({
  method: "get",
  path: "/libraries/{slug}/resources/{type}/availability",
  tags: TAGS,
  summary: "When each unit of a resource is busy (public: never who booked)",
  request: {
    params: z.object({ slug: Slug, type: Slug }),
    query: z.object({ from: DayQuery("First day"), to: DayQuery("Last day (31 days by default)") }),
  },
  responses: { 200: jsonContent(AvailabilitySchema, "Busy periods per unit"), ...problems(404) },
});

const mine = createRoute({
  method: "get",
  path: "/me/bookings",
  tags: TAGS,
  summary: "Your bookings and loans (recent and coming)",
  security: signedIn,
  responses: { 200: jsonContent(z.object({ items: z.array(MyBookingSchema) }), "Your bookings"), ...problems(401) },
});

const myPlaces = createRoute({
  method: "get",
  path: "/me/waitlist",
  tags: TAGS,
  summary: "Your places in libraries' waitlists, with your position in each",
  security: signedIn,
  responses: { 200: jsonContent(z.object({ items: z.array(WaitlistPlaceSchema) }), "Your places"), ...problems(401) },
});

export const sharingCatalogueRoutes = createRouter()
  .openapi(catalogue, async (c) => {
    const r = await listResources(c.var.deps.db, c.req.valid("param").slug, c.req.valid("query"));
    return c.json(
      {
        library: libraryView(r.library),
        window: r.window ? { firstDay: r.window.first.toString(), lastDay: r.window.last.toString() } : null,
        items: r.items,
      },
      200,
    );
  })
  .openapi(calendar, async (c) => {
    const { slug, type } = c.req.valid("param");
    const { from, to } = c.req.valid("query");
    const { db } = c.var.deps;
    const body = await calendars(db).get([slug, type, from, to].join("\n").toLowerCase(), async () => {
      const r = await availability(db, slug, type, from, to);
      return {
        resource: resourceTypeView(r.type),
        rules: r.rules,
        timeZone: r.library.timeZone,
        window: { firstDay: r.window.first.toString(), lastDay: r.window.last.toString() },
        units: r.units.map((u) => ({
          id: u.unit,
          code: u.code,
          status: u.status as "available",
          busy: u.busy ?? [],
        })),
      };
    });
    if (!body) throw new Error("a calendar read gave nothing");
    return c.json(body, 200);
  })
  .openapi(mine, async (c) => {
    const rows = await myBookings(c.var.deps.db, c.var.actor);
    return c.json(
      {
        items: rows.map((b) => ({
          ...b,
          status: b.status as "confirmed",
          startsAt: iso(b.startsAt),
          endsAt: iso(b.endsAt),
          loan: b.loan ? { ...b.loan, dueAt: iso(b.loan.dueAt), checkedInAt: b.loan.checkedInAt ? iso(b.loan.checkedInAt) : null } : null,
        })),
      },
      200,
    );
  })
  .openapi(myPlaces, async (c) => {
    const rows = await myWaitlist(c.var.deps.db, c.var.actor);
    return c.json(
      {
        items: rows.map((w) => ({
          id: w.id,
          library: w.library,
          resource: w.resource,
          status: w.status as "waiting",
          startsAt: iso(w.startsAt),
          endsAt: iso(w.endsAt),
          position: Number(w.position),
          offerExpiresAt: w.offerExpiresAt ? iso(w.offerExpiresAt) : null,
          booking: w.bookingId,
        })),
      },
      200,
    );
  });
