import { createRoute, z } from "@hono/zod-openapi";
import { Slug, Uuid } from "../../http/fields.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import {
  approveBorrower,
  changeBookingEnd,
  decideRequest,
  markChecked,
  reportProblem,
  resolveProblem,
  setClosures,
} from "./desk-service.ts";
import {
  AnswerInput,
  ApprovalInput,
  ChangeEndInput,
  CheckInInput,
  CheckOutInput,
  ClosuresInput,
  DecideInput,
  ProblemInput,
  ResolveInput,
} from "./inputs.ts";
import { answerAfterReturn, checkIn, checkOut } from "./loan-service.ts";
import { deskDay } from "./read.ts";
import {
  BookingSchema,
  bookingView,
  DeskDaySchema,
  deskRowView,
  LibrarySchema,
  LoanSchema,
  libraryView,
  loanView,
  ProblemReportSchema,
  problemView,
  UnitSchema,
  unitView,
} from "./views.ts";

const TAGS = ["Shared resources"];
const IdParam = z.object({ id: Uuid });
const post = <B extends z.ZodTypeAny>(path: string, summary: string, body: B) => ({
  method: "post" as const,
  path,
  tags: TAGS,
  summary,
  security: signedIn,
  request: { params: IdParam, body: jsonBody(body) },
});
const ERRORS = problems(401, 403, 404, 409);

const desk = createRoute({
  method: "get",
  path: "/libraries/{slug}/desk",
  tags: TAGS,
  summary: "The desk's day: pick-ups, returns, overdue loans, units held, open problems (stewards and maintainers)",
  security: signedIn,
  request: {
    params: z.object({ slug: Slug }),
    query: z.object({ day: z.string().optional().openapi({ description: "The library's local date; today by default." }) }),
  },
  responses: { 200: jsonContent(DeskDaySchema, "The desk's day"), ...problems(401, 403, 404) },
});

const checkOutRoute = createRoute({
  ...post("/bookings/{id}/check-out", "Hand a booked unit to its borrower (the desk)", CheckOutInput),
  responses: { 201: jsonContent(LoanSchema, "The loan"), ...ERRORS },
});
const checkInRoute = createRoute({
  ...post("/loans/{id}/check-in", "Take a unit back, with its condition and any problem (the desk)", CheckInInput),
  responses: { 200: jsonContent(LoanSchema, "The returned loan"), ...ERRORS },
});
const answerRoute = createRoute({
  ...post(
    "/loans/{id}/answer",
    "Answer the one question after a return: without this loan, would you have bought or rented one?",
    AnswerInput,
  ),
  responses: { 200: jsonContent(LoanSchema, "The loan"), ...ERRORS },
});
const decideRoute = createRoute({
  ...post("/bookings/{id}/decision", "Approve or decline a request to borrow a unit you lend (its owner)", DecideInput),
  responses: { 200: jsonContent(BookingSchema, "The booking"), ...ERRORS },
});
const changeRoute = createRoute({
  ...post("/bookings/{id}/end", "Shorten or extend a booking (its borrower or the desk)", ChangeEndInput),
  responses: { 200: jsonContent(BookingSchema, "The booking"), ...ERRORS },
});
const problemRoute = createRoute({
  ...post("/units/{id}/problems", "Report a problem with a unit (someone who borrowed it, or the desk)", ProblemInput),
  responses: { 201: jsonContent(ProblemReportSchema, "The report"), ...ERRORS },
});
const resolveRoute = createRoute({
  ...post(
    "/problems/{id}/resolve",
    "Resolve a problem; the unit is back in service when nothing else keeps it out (the desk)",
    ResolveInput,
  ),
  responses: { 200: jsonContent(ProblemReportSchema, "The report"), ...ERRORS },
});
const checkedRoute = createRoute({
  method: "post",
  path: "/units/{id}/checked",
  tags: TAGS,
  summary: "Record a unit's maintenance check; a held unit is back in service (the desk)",
  security: signedIn,
  request: { params: IdParam },
  responses: { 200: jsonContent(UnitSchema, "The unit"), ...ERRORS },
});

const approve = createRoute({
  method: "post",
  path: "/libraries/{slug}/resources/{type}/approvals",
  tags: TAGS,
  summary: "Approve a person to borrow a resource that asks for it, after a training say (the library's stewards)",
  security: signedIn,
  request: { params: z.object({ slug: Slug, type: Slug }), body: jsonBody(ApprovalInput) },
  responses: { 204: { description: "Approved" }, ...problems(401, 403, 404) },
});

const closures = createRoute({
  method: "put",
  path: "/libraries/{slug}/closures",
  tags: TAGS,
  summary: "Set the days the library is closed whatever its weekly hours (the library's stewards)",
  security: signedIn,
  request: { params: z.object({ slug: Slug }), body: jsonBody(ClosuresInput) },
  responses: { 200: jsonContent(LibrarySchema, "The library"), ...problems(401, 403, 404) },
});

export const sharingDeskRoutes = createRouter()
  .openapi(desk, async (c) => {
    const d = await deskDay(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("query").day);
    return c.json(
      {
        day: d.day,
        pickups: d.pickups.map(deskRowView),
        returns: d.returns.map(deskRowView),
        overdue: d.overdue.map(deskRowView),
        held: d.held.map((h) => ({ ...h, status: h.status as "maintenance" })),
        problems: d.problems.map((p) => ({ ...p, severity: p.severity as "note", createdAt: new Date(p.createdAt).toISOString() })),
      },
      200,
    );
  })
  .openapi(checkOutRoute, async (c) =>
    c.json(loanView((await checkOut(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"))).loan), 201),
  )
  .openapi(checkInRoute, async (c) =>
    c.json(loanView((await checkIn(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"))).loan), 200),
  )
  .openapi(answerRoute, async (c) =>
    c.json(loanView(await answerAfterReturn(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").withoutLoan)), 200),
  )
  .openapi(decideRoute, async (c) => {
    const r = await decideRequest(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").approve);
    return c.json(bookingView(r.booking, r.library, { slug: "" }), 200);
  })
  .openapi(changeRoute, async (c) => {
    const r = await changeBookingEnd(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(bookingView(r.booking, r.library, r.type), 200);
  })
  .openapi(problemRoute, async (c) =>
    c.json(problemView(await reportProblem(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"))), 201),
  )
  .openapi(resolveRoute, async (c) =>
    c.json(problemView(await resolveProblem(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").resolution)), 200),
  )
  .openapi(checkedRoute, async (c) => c.json(unitView(await markChecked(c.var.deps.db, c.var.actor, c.req.valid("param").id)), 200))
  .openapi(approve, async (c) => {
    const { slug, type } = c.req.valid("param");
    const body = c.req.valid("json");
    await approveBorrower(c.var.deps.db, c.var.actor, slug, type, body.person, body.note ?? "");
    return c.body(null, 204);
  })
  .openapi(closures, async (c) =>
    c.json(libraryView(await setClosures(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json").days)), 200),
  );
