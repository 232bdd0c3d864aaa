import { createRoute, z } from "@hono/zod-openapi";
import { Slug, Uuid } from "../../http/fields.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { book, cancelBooking } from "./booking-service.ts";
import { NewBookingInput, NewLibraryInput, NewResourceTypeInput, NewUnitInput } from "./inputs.ts";
import { addResourceType, addUnit, createLibrary, findLibrary } from "./library-service.ts";
import {
  BookingSchema,
  bookingView,
  iso,
  LibrarySchema,
  libraryView,
  ResourceTypeSchema,
  resourceTypeView,
  UnitSchema,
  unitView,
  WaitlistPlaceSchema,
} from "./views.ts";
import { acceptOffer, joinWaitlist, leaveWaitlist } from "./waitlist-service.ts";

const TAGS = ["Shared resources"];
const LibraryParam = z.object({ slug: Slug });
const TypeParam = z.object({ slug: Slug, type: Slug });
const IdParam = z.object({ id: Uuid });

const open = createRoute({
  method: "post",
  path: "/libraries",
  tags: TAGS,
  summary: "Open a library of things for an organization (its stewards)",
  security: signedIn,
  request: { body: jsonBody(NewLibraryInput) },
  responses: { 201: jsonContent(LibrarySchema, "The library"), ...problems(401, 403, 404, 409) },
});

const get = createRoute({
  method: "get",
  path: "/libraries/{slug}",
  tags: TAGS,
  summary: "A library: hours, rules, time zone (public)",
  request: { params: LibraryParam },
  responses: { 200: jsonContent(LibrarySchema, "The library"), ...problems(404) },
});

const addType = createRoute({
  method: "post",
  path: "/libraries/{slug}/resources",
  tags: TAGS,
  summary: "Add a resource type to the catalogue (the library's stewards)",
  security: signedIn,
  request: { params: LibraryParam, body: jsonBody(NewResourceTypeInput) },
  responses: { 201: jsonContent(ResourceTypeSchema, "The resource type"), ...problems(401, 403, 404, 409) },
});

const addUnitRoute = createRoute({
  method: "post",
  path: "/libraries/{slug}/resources/{type}/units",
  tags: TAGS,
  summary: "Add a unit (one copy) of a resource type (the library's stewards)",
  security: signedIn,
  request: { params: TypeParam, body: jsonBody(NewUnitInput) },
  responses: { 201: jsonContent(UnitSchema, "The unit"), ...problems(401, 403, 404, 409) },
});

const bookRoute = createRoute({
  method: "post",
  path: "/libraries/{slug}/resources/{type}/bookings",
  tags: TAGS,
  summary: "Book a unit of a resource type",
  description:
    "Takes the first free unit (or the one named) for whole days or a time slot, as the type's rules say. Every rule is checked first and a refusal names its field and rule. When nothing is free: 409 with `nextFree`, the next free periods of the same length. The database refuses any overlap of two bookings of one unit.",
  security: signedIn,
  request: { params: TypeParam, body: jsonBody(NewBookingInput) },
  responses: { 201: jsonContent(BookingSchema, "The booking"), ...problems(401, 403, 404, 409) },
});

const cancel = createRoute({
  method: "post",
  path: "/bookings/{id}/cancel",
  tags: TAGS,
  summary: "Cancel a booking not yet checked out (its borrower or the desk)",
  security: signedIn,
  request: { params: IdParam },
  responses: { 200: jsonContent(BookingSchema, "The cancelled booking"), ...problems(401, 403, 404, 409) },
});

const join = createRoute({
  method: "post",
  path: "/libraries/{slug}/resources/{type}/waitlist",
  tags: TAGS,
  summary: "Join the line for a period nothing is free in",
  description:
    "The same rules as a booking apply. When a unit frees up for the period, the first in line is offered it: a booking is held for them for the rules' `offerHours`, then passes to the next.",
  security: signedIn,
  request: { params: TypeParam, body: jsonBody(NewBookingInput) },
  responses: { 201: jsonContent(WaitlistPlaceSchema, "Your place in line"), ...problems(401, 403, 404, 409) },
});

const accept = createRoute({
  method: "post",
  path: "/waitlist/{id}/accept",
  tags: TAGS,
  summary: "Take the unit offered to you (the booking held for you stays yours)",
  security: signedIn,
  request: { params: IdParam },
  responses: { 204: { description: "Taken" }, ...problems(401, 403, 404, 409) },
});

const leave = createRoute({
  method: "post",
  path: "/waitlist/{id}/leave",
  tags: TAGS,
  summary: "Leave the line (an offer you held passes to the next)",
  security: signedIn,
  request: { params: IdParam },
  responses: { 204: { description: "Left" }, ...problems(401, 403, 404, 409) },
});

export const sharingRoutes = createRouter()
  .openapi(open, async (c) => c.json(libraryView(await createLibrary(c.var.deps.db, c.var.actor, c.req.valid("json"))), 201))
  .openapi(get, async (c) => c.json(libraryView(await findLibrary(c.var.deps.db, c.req.valid("param").slug)), 200))
  .openapi(addType, async (c) =>
    c.json(resourceTypeView(await addResourceType(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"))), 201),
  )
  .openapi(addUnitRoute, async (c) => {
    const { slug, type } = c.req.valid("param");
    const { unit } = await addUnit(c.var.deps.db, c.var.actor, slug, type, c.req.valid("json"));
    return c.json(unitView(unit), 201);
  })
  .openapi(bookRoute, async (c) => {
    const { slug, type } = c.req.valid("param");
    const r = await book(c.var.deps.db, c.var.actor, slug, type, c.req.valid("json"));
    return c.json(bookingView(r.booking, r.library, r.type), 201);
  })
  .openapi(cancel, async (c) => {
    const r = await cancelBooking(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.json(bookingView(r.booking, r.library, r.type), 200);
  })
  .openapi(join, async (c) => {
    const { slug, type } = c.req.valid("param");
    const r = await joinWaitlist(c.var.deps.db, c.var.actor, slug, type, c.req.valid("json"));
    return c.json(
      {
        id: r.entry.id,
        library: r.library.slug,
        resource: r.type.slug,
        status: r.entry.status,
        startsAt: iso(r.entry.startsAt),
        endsAt: iso(r.entry.endsAt),
        position: r.position,
        offerExpiresAt: null,
        booking: null,
      },
      201,
    );
  })
  .openapi(accept, async (c) => {
    await acceptOffer(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.body(null, 204);
  })
  .openapi(leave, async (c) => {
    await leaveWaitlist(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.body(null, 204);
  });
