import { z } from "@hono/zod-openapi";
import { Day, LongText, Name, Slug, Uuid, WebUrl } from "../../http/fields.ts";
import { rule } from "../../text/messages.ts";
import { t } from "./messages.ts";
import { OpeningHoursSchema, RuleOverridesSchema, RulesSchema } from "./rules.ts";
import { ACQUISITIONS, CONDITIONS, PROBLEM_SEVERITIES, RESOURCE_KINDS, WITHOUT_LOAN_ANSWERS } from "./values.ts";

const TimeZone = z
  .string()
  .trim()
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    rule(t("timeZone")),
  )
  .openapi({ example: "Europe/Paris" });

const Currency = z.string().regex(/^[A-Z]{3}$/, rule(t("currency")));

export const NewLibraryInput = z
  .object({
    organization: Slug.openapi({ description: "The organization that runs the library (its stewards)." }),
    slug: Slug,
    name: Name,
    description: LongText(4000).optional(),
    timeZone: TimeZone,
    currency: Currency.optional(),
    address: LongText(300).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    openingHours: OpeningHoursSchema,
    rules: RulesSchema.optional(),
  })
  .strict()
  .refine((b) => (b.latitude === undefined) === (b.longitude === undefined), {
    path: ["longitude"],
    message: rule(t("bothCoordinates")),
  })
  .openapi("NewLibrary");

export const NewResourceTypeInput = z
  .object({
    slug: Slug,
    name: Name,
    kind: z.enum(RESOURCE_KINDS),
    category: Slug.optional().openapi({ description: "A category of the taxonomy, by slug." }),
    description: LongText(8000).optional(),
    careNotes: LongText(4000).optional(),
    photos: z.array(WebUrl).max(12).optional(),
    replacementPrice: z.int().min(0).max(1_000_000_000).optional().openapi({ description: "Minor units of the library's currency." }),
    rules: RuleOverridesSchema.optional(),
  })
  .strict()
  .openapi("NewResourceType");

export const NewUnitInput = z
  .object({
    code: z
      .string()
      .trim()
      .min(1, rule(t("code")))
      .max(40, rule(t("code"))),
    condition: z.enum(CONDITIONS).optional(),
    location: LongText(200).optional(),
    acquisition: z.enum(ACQUISITIONS).optional(),
    owner: Slug.optional().openapi({ description: "For a unit a member lends through the library: their handle." }),
  })
  .strict()
  .openapi("NewUnit");

export const NewBookingInput = z
  .object({
    firstDay: z
      .string()
      .optional()
      .openapi({ description: "Whole-day bookings: the first day (the library's local date).", example: "2026-12-10" }),
    lastDay: z
      .string()
      .optional()
      .openapi({ description: "Whole-day bookings: the last day, when it is due back.", example: "2026-12-12" }),
    startsAt: z.string().optional().openapi({ description: "Slot bookings: the start (RFC 3339).", example: "2026-12-10T14:00:00+01:00" }),
    endsAt: z.string().optional().openapi({ description: "Slot bookings: the end, excluded (RFC 3339)." }),
    unit: Uuid.optional().openapi({ description: "A particular unit; by default the first free one." }),
    note: LongText(1000).optional(),
    override: z
      .object({ rules: z.array(z.string().max(40)).min(1).max(10), reason: LongText(500).pipe(z.string().min(1, rule(t("reason")))) })
      .strict()
      .optional()
      .openapi({ description: "The desk only: rules set aside for this booking, and why (logged)." }),
  })
  .strict()
  .openapi("NewBooking");

export type NewLibrary = z.infer<typeof NewLibraryInput>;
export type NewResourceType = z.infer<typeof NewResourceTypeInput>;
export type NewUnit = z.infer<typeof NewUnitInput>;
export type NewBooking = z.infer<typeof NewBookingInput>;

export const CheckOutInput = z
  .object({ condition: z.enum(CONDITIONS), notes: LongText(2000).optional() })
  .strict()
  .openapi("CheckOut");

export const ProblemInput = z
  .object({
    severity: z.enum(PROBLEM_SEVERITIES),
    note: LongText(2000).pipe(z.string().min(1, rule(t("describeProblem")))),
    photo: WebUrl.optional().openapi({ description: "A photo of the problem (its address)." }),
  })
  .strict()
  .openapi("NewProblemReport");

export const CheckInInput = z
  .object({
    condition: z.enum(CONDITIONS),
    notes: LongText(2000).optional(),
    problem: ProblemInput.omit({ photo: true })
      .optional()
      .openapi({ description: "A problem seen at the desk, recorded with the return." }),
  })
  .strict()
  .openapi("CheckIn");

export const ResolveInput = z.object({ resolution: LongText(2000).pipe(z.string().min(1, rule(t("describeResolution")))) }).strict();
export const DecideInput = z.object({ approve: z.boolean() }).strict().openapi("BookingDecision");
export const ChangeEndInput = z
  .object({
    lastDay: z.string().optional().openapi({ description: "Whole-day bookings: the new last day." }),
    endsAt: z.string().optional().openapi({ description: "Slot bookings: the new end (RFC 3339)." }),
  })
  .strict()
  .openapi("BookingEnd");
export const AnswerInput = z
  .object({ withoutLoan: z.enum(WITHOUT_LOAN_ANSWERS) })
  .strict()
  .openapi("LoanAnswer");
export const ApprovalInput = z
  .object({ person: Slug, note: LongText(500).optional() })
  .strict()
  .openapi("BorrowingApproval");
export const ClosuresInput = z
  .object({ days: z.array(z.object({ day: Day, reason: LongText(200).optional() }).strict()).max(400) })
  .strict()
  .openapi("LibraryClosures");
