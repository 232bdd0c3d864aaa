import { createRoute, z } from "@hono/zod-openapi";
import { Slug } from "../../http/fields.ts";
import { localized } from "../../http/request-language.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { impact } from "./impact.ts";
import { t } from "./messages.ts";
import { answerVehicleSurvey } from "./survey.ts";

const TAGS = ["Shared resources"];
const Range = z.object({ low: z.number(), high: z.number() });

export const ImpactSchema = z
  .object({
    library: z.string(),
    window: z.object({ from: z.string(), to: z.string() }),
    loans: z.number().int(),
    months: z.array(z.object({ month: z.string(), loans: z.number().int(), hours: z.number() })),
    perType: z.array(
      z.object({
        resource: z.string(),
        resourceName: z.string(),
        units: z.number().int(),
        loans: z.number().int(),
        utilisation: z.number(),
      }),
    ),
    perUnit: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        resource: z.string(),
        resourceName: z.string(),
        loans: z.number().int(),
        people: z.number().int(),
        utilisation: z.number(),
      }),
    ),
    neverBorrowed: z.array(z.object({ id: z.string(), code: z.string(), resource: z.string(), resourceName: z.string() })),
    loansPerMember: z.array(z.object({ bucket: z.enum(["1", "2-5", "6-20", "21+"]), people: z.number().int() })),
    avoided: z.object({
      answers: z.number().int(),
      wouldHaveBought: z.number().int(),
      wouldHaveRented: z.number().int(),
      purchaseRate: z
        .object({ p: z.number(), low: z.number(), high: z.number() })
        .nullable()
        .openapi({ description: "Null before any answer." }),
      moneySaved: z
        .object({ low: z.string(), high: z.string(), loansPriced: z.number().int(), currency: z.string() })
        .nullable()
        .openapi({ description: "Minor units of the currency, as strings (exact)." }),
      co2Kg: Range.extend({ loansWithFactor: z.number().int(), sources: z.array(z.string()) }).nullable(),
    }),
    cars: z
      .object({
        round: z.number().int(),
        answers: z.number().int(),
        carsGivenUp: z.number().int(),
        carsNotBought: z.number().int(),
        sharedCars: z.number().int(),
        carsReplacedPerSharedCar: z.number().nullable(),
      })
      .nullable(),
    method: z.object({
      utilisation: z.string(),
      people: z.string(),
      avoided: z.string(),
      money: z.string(),
      co2: z.string(),
      cars: z.string(),
    }),
  })
  .openapi("LibraryImpact");

const impactRoute = createRoute({
  method: "get",
  path: "/libraries/{slug}/impact",
  tags: TAGS,
  summary: "The impact of sharing: utilisation, people served, and what borrowing avoided, with its method (public)",
  request: {
    params: z.object({ slug: Slug }),
    query: z.object({
      from: z.string().optional().openapi({ description: "First month (YYYY-MM); 11 months before `to` by default." }),
      to: z.string().optional().openapi({ description: "Last month (YYYY-MM); this month by default." }),
    }),
  },
  responses: { 200: jsonContent(ImpactSchema, "The impact"), ...problems(404) },
});

const surveyRoute = createRoute({
  method: "post",
  path: "/libraries/{slug}/vehicle-survey",
  tags: TAGS,
  summary: "Answer the library's vehicle survey: cars given up and car purchases forgone thanks to sharing",
  security: signedIn,
  request: {
    params: z.object({ slug: Slug }),
    body: jsonBody(
      z
        .object({
          round: z.int().min(2000).max(2100).optional().openapi({ description: "The survey round, a year; this year by default." }),
          carsGivenUp: z.int().min(0).max(5),
          carsNotBought: z.int().min(0).max(5),
        })
        .strict()
        .openapi("VehicleSurveyAnswer"),
    ),
  },
  responses: { 204: { description: "Recorded (a later answer in the same round replaces it)" }, ...problems(401, 403, 404) },
});

export const sharingImpactRoutes = createRouter()
  .openapi(impactRoute, async (c) => {
    const { slug } = c.req.valid("param");
    const { from, to } = c.req.valid("query");
    const r = await impact(c.var.deps.db, slug, from, to);
    return c.json(
      {
        library: r.library.slug,
        window: r.window,
        loans: r.loans,
        months: r.months.map((m) => ({ month: m.month, loans: m.loans, hours: Math.round(Number(m.minutes) / 6) / 10 })),
        perType: r.perType,
        perUnit: r.perUnit,
        neverBorrowed: r.neverBorrowed,
        loansPerMember: r.loansPerMember as { bucket: "1"; people: number }[],
        avoided: r.avoided,
        cars: r.cars,
        method: {
          utilisation: localized(t("methodUtilisation")),
          people: localized(t("methodPeople")),
          avoided: localized(t("methodAvoided")),
          money: localized(t("methodMoney")),
          co2: localized(t("methodCo2")),
          cars: localized(t("methodCars")),
        },
      },
      200,
    );
  })
  .openapi(surveyRoute, async (c) => {
    await answerVehicleSurvey(c.var.deps.db, c.var.actor, c.req.valid("param").slug, c.req.valid("json"));
    return c.body(null, 204);
  });
