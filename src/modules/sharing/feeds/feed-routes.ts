import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../../http/env.ts";
import { Slug } from "../../../http/fields.ts";
import { localized } from "../../../http/request-language.ts";
import { jsonContent, NoContent, problems, signedIn } from "../../../http/responses.ts";
import { createRouter } from "../../../http/router.ts";
import {
  discovery,
  GbfsDiscoverySchema,
  GbfsStationInformationSchema,
  GbfsStationStatusSchema,
  GbfsSystemInformationSchema,
  GbfsVehicleStatusSchema,
  GbfsVehicleTypesSchema,
  gbfsContext,
  stationInformation,
  stationStatus,
  systemInformation,
  vehicleStatus,
  vehicleTypes,
} from "./gbfs.ts";
import { feedUrl, issueCalendarFeed, personalCalendar, revokeCalendarFeed, typeCalendar } from "./ical.ts";
import { t } from "./messages.ts";

const TAGS = ["Shared resources"];
const LibraryParam = z.object({ slug: Slug });
const TypeParam = z.object({ slug: Slug, type: Slug });

/** The instance's public address (PUBLIC_URL, else the request's origin), without a trailing slash. */
const publicBase = (c: Context<AppEnv>) => (c.var.deps.config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, "");
const hostOf = (c: Context<AppEnv>) => new URL(publicBase(c)).host;

const calendarContent = (description: string) => ({
  description,
  content: { "text/calendar": { schema: z.string().openapi({ description: "iCalendar (RFC 5545)" }) } },
});
const calendarHeaders = (file: string, cache: string) => ({
  "content-type": "text/calendar; charset=utf-8",
  "content-disposition": `inline; filename="${file}"`,
  "cache-control": cache,
});

const typeCalendarRoute = createRoute({
  method: "get",
  path: "/libraries/{slug}/resources/{type}/calendar.ics",
  tags: TAGS,
  summary: "When a resource type's units are booked, as iCalendar (public)",
  description:
    "One VEVENT per booking that holds a unit (requested: TENTATIVE; confirmed or checked out: CONFIRMED), from 30 days ago " +
    "to the end of the booking horizon, as `Booked` with the unit's code in RESOURCES; never who booked. Whole-day bookings " +
    "are all-day events on the library's local dates (DTEND the day after the last day); slots are local times with " +
    "TZID=<the library's zone> and a VTIMEZONE made from that zone's transitions.",
  request: { params: TypeParam },
  responses: { 200: calendarContent("The calendar"), ...problems(404) },
});

const CalendarFeedSchema = z
  .object({
    url: z.string().openapi({ description: "The feed's address, with its secret token: shown this once." }),
    createdAt: z.string(),
  })
  .openapi("CalendarFeed");

const issueFeed = createRoute({
  method: "post",
  path: "/me/calendar-feed",
  tags: TAGS,
  summary: "Make (or replace) your private calendar feed of your bookings; its URL is shown once",
  description:
    "The URL carries a secret token (only its SHA-256 is kept): anyone who has it can read your bookings, so treat it as a password. " +
    "Making a new one ends the old one.",
  security: signedIn,
  responses: { 201: jsonContent(CalendarFeedSchema, "Your feed's URL"), ...problems(401) },
});

const revokeFeed = createRoute({
  method: "delete",
  path: "/me/calendar-feed",
  tags: TAGS,
  summary: "Revoke your private calendar feed (its URL answers 404 from then on)",
  security: signedIn,
  responses: { 204: NoContent, ...problems(401) },
});

const personalFeed = createRoute({
  method: "get",
  path: "/calendar/{feed}",
  tags: TAGS,
  summary: "A person's bookings in every library, as iCalendar (the URL's token is the credential)",
  description:
    "`feed` is `<token>.ics`, from POST /api/me/calendar-feed; no session is needed. Bookings from 30 days ago on, each with the " +
    "resource's name, the library's name and address as LOCATION. An unknown or revoked token is not found.",
  request: { params: z.object({ feed: z.string().max(200).openapi({ example: "q3X…Zk.ics" }) }) },
  responses: { 200: calendarContent("The person's bookings"), ...problems(404) },
});

const gbfsRoute = <T extends z.ZodTypeAny>(file: string, schema: T, summary: string) =>
  createRoute({
    method: "get",
    path: `/libraries/{slug}/gbfs/${file}.json`,
    tags: TAGS,
    summary,
    description:
      "Part of the library's GBFS 3.0 feed (public), for its resource types of kind vehicle; the library is one station. " +
      "A library that has not given its latitude and longitude publishes no feed (404).",
    request: { params: LibraryParam },
    responses: { 200: jsonContent(schema, `GBFS ${file}.json`), ...problems(404) },
  });

const gbfsDiscovery = gbfsRoute("gbfs", GbfsDiscoverySchema, "GBFS 3.0 discovery file: the feed's other files");
const gbfsSystem = gbfsRoute("system_information", GbfsSystemInformationSchema, "GBFS 3.0 system_information.json");
const gbfsTypes = gbfsRoute("vehicle_types", GbfsVehicleTypesSchema, "GBFS 3.0 vehicle_types.json");
const gbfsStation = gbfsRoute("station_information", GbfsStationInformationSchema, "GBFS 3.0 station_information.json");
const gbfsStationStatus = gbfsRoute("station_status", GbfsStationStatusSchema, "GBFS 3.0 station_status.json");
const gbfsVehicles = gbfsRoute(
  "vehicle_status",
  GbfsVehicleStatusSchema,
  "GBFS 3.0 vehicle_status.json (vehicle ids rotate every hour and after each loan)",
);

const gbfs = (c: Context<AppEnv>, slug: string) => gbfsContext(c.var.deps.db, slug, publicBase(c));

/** Calendars (iCalendar) and open data (GBFS) of the libraries of shared resources. */
export const sharingFeedRoutes = createRouter()
  .openapi(typeCalendarRoute, async (c) => {
    const { slug, type } = c.req.valid("param");
    const text = await typeCalendar(c.var.deps.db, slug, type, hostOf(c));
    return c.body(text, 200, calendarHeaders(`${slug}-${type}.ics`, "public, max-age=300"));
  })
  .openapi(issueFeed, async (c) => {
    const { token, createdAt } = await issueCalendarFeed(c.var.deps.db, c.var.actor);
    return c.json({ url: feedUrl(publicBase(c), token), createdAt: createdAt.toISOString() }, 201);
  })
  .openapi(revokeFeed, async (c) => {
    await revokeCalendarFeed(c.var.deps.db, c.var.actor);
    return c.body(null, 204);
  })
  .openapi(personalFeed, async (c) => {
    const host = hostOf(c);
    const text = await personalCalendar(c.var.deps.db, c.req.valid("param").feed, host, localized(t("myBookings", { host })));
    return c.body(text, 200, calendarHeaders("bookings.ics", "private, no-cache"));
  })
  .openapi(gbfsDiscovery, async (c) => c.json(discovery(await gbfs(c, c.req.valid("param").slug)), 200))
  .openapi(gbfsSystem, async (c) => {
    const ctx = await gbfs(c, c.req.valid("param").slug);
    return c.json(await systemInformation(c.var.deps.db, ctx, c.var.deps.config.smtp?.from), 200);
  })
  .openapi(gbfsTypes, async (c) => c.json(await vehicleTypes(c.var.deps.db, await gbfs(c, c.req.valid("param").slug)), 200))
  .openapi(gbfsStation, async (c) => c.json(await stationInformation(c.var.deps.db, await gbfs(c, c.req.valid("param").slug)), 200))
  .openapi(gbfsStationStatus, async (c) => c.json(await stationStatus(c.var.deps.db, await gbfs(c, c.req.valid("param").slug)), 200))
  .openapi(gbfsVehicles, async (c) => c.json(await vehicleStatus(c.var.deps.db, await gbfs(c, c.req.valid("param").slug)), 200));
