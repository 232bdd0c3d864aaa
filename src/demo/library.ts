import { Temporal } from "temporal-polyfill";
import { book } from "../modules/sharing/booking-service.ts";
import { approveBorrower, decideRequest, setClosures } from "../modules/sharing/desk-service.ts";
import { NewBookingInput, NewLibraryInput, NewResourceTypeInput, NewUnitInput } from "../modules/sharing/inputs.ts";
import { addResourceType, addUnit, createLibrary } from "../modules/sharing/library-service.ts";
import { answerAfterReturn, checkIn, checkOut } from "../modules/sharing/loan-service.ts";
import { DEFAULT_RULES, type OpeningHours, type RuleOverrides } from "../modules/sharing/rules.ts";
import { answerVehicleSurvey } from "../modules/sharing/survey.ts";
import type { CONDITIONS, RESOURCE_KINDS, WITHOUT_LOAN_ANSWERS } from "../modules/sharing/values.ts";
import { joinWaitlist } from "../modules/sharing/waitlist-service.ts";
import { actor, type DemoContext, type DemoStep } from "./context.ts";
import { FOUNDATION } from "./treasury.ts";

/**
 * The Riverton Tool Library, run by the Open Farm Tools Foundation's members in the Old Creamery: drills,
 * ladders, a pool of four cargo bikes (in its GBFS feed), Furrow Works' van lent through the library by
 * Amara (who approves each booking of it), the laser cutter in the makerspace at Furrow Works' workshop
 * (only for people who did its induction) and the community room, booked by the hour.
 *
 * Its story is told relative to the day the world is loaded, so that its past loans are always the
 * last months and its bookings always to come: the library opens about five months before, its loans
 * are replayed at their own moments (booked, checked out, checked in, the question after a return
 * answered), one cargo bike came back with a frayed brake cable and is out of service, and today
 * there is a drill out on loan, bookings ahead, a request waiting for the van's owner and one place in
 * the van's waitlist.
 */
export const DEMO_LIBRARY = {
  slug: "riverton-tool-library",
  name: "Riverton Tool Library",
  timeZone: "Europe/Dublin",
  /** The desk: the foundation's stewards. */
  stewards: ["priya", "ada"],
};

type Answer = (typeof WITHOUT_LOAN_ANSWERS)[number];
type Condition = (typeof CONDITIONS)[number];
type Kind = (typeof RESOURCE_KINDS)[number];

const WEEKDAY: [string, string] = ["10:00", "21:00"];
const HOURS: OpeningHours = {
  mon: [],
  tue: [WEEKDAY],
  wed: [WEEKDAY],
  thu: [WEEKDAY],
  fri: [["10:00", "18:00"]],
  sat: [["09:00", "17:00"]],
  sun: [],
};

interface DemoType {
  slug: string;
  name: string;
  kind: Kind;
  category: string;
  description: string;
  careNotes?: string;
  replacementPrice?: number;
  rules?: RuleOverrides;
  /** Unit codes; `owner` lends them through the library. */
  units: string[];
  location?: string;
  owner?: string;
}

const SLOT = { granularity: "slot" as const, dueOnOpenDays: false };

export const DEMO_LIBRARY_TYPES: DemoType[] = [
  {
    slug: "cordless-drill",
    name: "Cordless drill-driver",
    kind: "tool",
    category: "power-tools",
    description: "18 V drill-driver with two batteries, a charger and a case of wood, metal and masonry bits.",
    careNotes: "Bring it back with both batteries charged; tell the desk if a bit broke.",
    units: ["DR-1", "DR-2", "DR-3"],
  },
  {
    slug: "hammer-drill",
    name: "SDS hammer drill",
    kind: "tool",
    category: "power-tools",
    description: "Corded SDS-plus hammer drill for concrete and stone, with a depth stop and chisel bits.",
    careNotes: "Wear the ear defenders in the case.",
    rules: { maxLength: 3 },
    units: ["HD-1"],
  },
  {
    slug: "extension-ladder",
    name: "Extension ladder (7 m)",
    kind: "tool",
    category: "ladders",
    description: "Two-section aluminium ladder, 3.9 m closed and 7 m open, with a stand-off for gutters.",
    careNotes: "It needs a roof rack or the cargo bike's long trailer; two people to raise it.",
    rules: { maxLength: 4 },
    units: ["EL-1", "EL-2"],
  },
  {
    slug: "step-ladder",
    name: "Step ladder (6 steps)",
    kind: "tool",
    category: "ladders",
    description: "Folding aluminium step ladder with a tool tray.",
    units: ["SL-1"],
  },
  {
    slug: "cargo-bike",
    name: "Cargo bike",
    kind: "vehicle",
    category: "cargo-bikes",
    description: "Long-tail cargo bike with a bench for two children, panniers and a rain cover; takes up to 80 kg.",
    careNotes: "Lock it to something solid with both locks. Report any noise from the brakes.",
    replacementPrice: 450_000,
    rules: { maxLength: 3 },
    units: ["CB-1", "CB-2", "CB-3", "CB-4"],
  },
  {
    slug: "van",
    name: "Furrow Works' van",
    kind: "vehicle",
    category: "vans",
    description:
      "The cooperative's long-wheelbase van, lent through the library when the workshop does not need it. Amara approves each booking.",
    careNotes: "Return it with as much diesel as you found; the logbook is in the glove box.",
    rules: { maxLength: 2 },
    units: ["VAN-1"],
    location: "Furrow Works' yard, Mill Lane",
    owner: "amara",
  },
  {
    slug: "laser-cutter",
    name: "Laser cutter (60 W)",
    kind: "machine",
    category: "laser-cutters",
    description: "60 W CO₂ laser cutter with a 900 × 600 mm bed, for plywood, acrylic and card. Booked by the hour.",
    careNotes: "Only after the induction at the makerspace. Never leave it cutting unattended; empty the crumb tray.",
    rules: { ...SLOT, eligibility: "approved", slotMinutes: 60, minLength: 60, maxLength: 180, leadMinutes: 60 },
    units: ["LC-1"],
    location: "The makerspace at Furrow Works' workshop, Unit 3, Mill Lane",
  },
  {
    slug: "community-room",
    name: "Community room",
    kind: "space",
    category: "meeting-rooms",
    description: "The Old Creamery's upstairs room: 40 chairs, six tables, a projector and a kettle.",
    careNotes: "Stack the chairs and leave the key in the box at the desk.",
    rules: { ...SLOT, slotMinutes: 30, minLength: 60, maxLength: 240, leadMinutes: 120, bufferAfterMinutes: 30 },
    units: ["ROOM-1"],
    location: "First floor, the Old Creamery",
  },
];

/**
 * A past loan, `daysAgo` days before the load (moved to the next day the desk is open): days for
 * whole-day types, a slot's local times for the laser cutter and the room. The borrower's answer
 * to the question after the return, or none when they let it be.
 */
interface PastLoan {
  who: string;
  type: string;
  daysAgo: number;
  days?: number;
  slot?: { from: string; to: string; on?: "evening" | "saturday" };
  unit?: string;
  answer: Answer | null;
  back?: { condition: Condition; notes: string; outOfService?: string };
}

export const DEMO_PAST_LOANS: PastLoan[] = [
  { who: "ada", type: "community-room", daysAgo: 141, slot: { from: "18:30", to: "20:30", on: "evening" }, answer: "borrowed_elsewhere" },
  { who: "hugo", type: "cordless-drill", daysAgo: 138, days: 3, answer: "done_without" },
  { who: "grace", type: "step-ladder", daysAgo: 131, days: 2, answer: "borrowed_elsewhere" },
  { who: "sam", type: "cargo-bike", unit: "CB-1", daysAgo: 124, days: 1, answer: "done_without" },
  { who: "felix", type: "cordless-drill", daysAgo: 117, days: 4, answer: "bought" },
  { who: "yusuf", type: "extension-ladder", daysAgo: 110, days: 2, answer: "rented" },
  { who: "elena", type: "cargo-bike", unit: "CB-2", daysAgo: 103, days: 2, answer: "done_without" },
  { who: "felix", type: "laser-cutter", daysAgo: 99, slot: { from: "14:00", to: "16:00" }, answer: "rented" },
  { who: "lena", type: "hammer-drill", daysAgo: 96, days: 2, answer: "bought" },
  { who: "wei", type: "van", daysAgo: 89, days: 1, answer: "rented" },
  {
    who: "hugo",
    type: "cargo-bike",
    unit: "CB-3",
    daysAgo: 82,
    days: 3,
    answer: "done_without",
    back: { condition: "good", notes: "Muddy; hosed down at the desk." },
  },
  { who: "sam", type: "extension-ladder", daysAgo: 75, days: 3, answer: null },
  { who: "ada", type: "community-room", daysAgo: 71, slot: { from: "18:30", to: "20:30", on: "evening" }, answer: "borrowed_elsewhere" },
  { who: "kofi", type: "cordless-drill", daysAgo: 68, days: 2, answer: "done_without" },
  { who: "marta", type: "cargo-bike", unit: "CB-4", daysAgo: 61, days: 1, answer: "rented" },
  { who: "grace", type: "cargo-bike", unit: "CB-1", daysAgo: 54, days: 2, answer: "done_without" },
  { who: "hugo", type: "van", daysAgo: 47, days: 2, answer: "rented" },
  { who: "hugo", type: "community-room", daysAgo: 44, slot: { from: "10:00", to: "14:00", on: "saturday" }, answer: "done_without" },
  { who: "noor", type: "step-ladder", daysAgo: 40, days: 1, answer: "borrowed_elsewhere" },
  { who: "felix", type: "laser-cutter", daysAgo: 37, slot: { from: "18:00", to: "20:00", on: "evening" }, answer: "done_without" },
  {
    who: "felix",
    type: "cargo-bike",
    unit: "CB-2",
    daysAgo: 33,
    days: 2,
    answer: null,
    back: { condition: "fair", notes: "Front light loose; tightened." },
  },
  { who: "elena", type: "hammer-drill", daysAgo: 26, days: 1, answer: null },
  { who: "joao", type: "cordless-drill", daysAgo: 19, days: 3, answer: "bought" },
  {
    who: "yusuf",
    type: "cargo-bike",
    unit: "CB-3",
    daysAgo: 12,
    days: 2,
    answer: "done_without",
    back: {
      condition: "damaged",
      notes: "Rear brake barely holds.",
      outOfService: "The rear brake cable is frayed at the lever and the brake barely holds: out until a new cable is fitted.",
    },
  },
  { who: "felix", type: "laser-cutter", daysAgo: 9, slot: { from: "14:00", to: "17:00" }, answer: null },
];

/** Vehicle borrowers' answers to the survey: cars given up, and cars not bought, thanks to sharing. */
export const DEMO_VEHICLE_SURVEY = [
  { who: "sam", carsGivenUp: 0, carsNotBought: 1 },
  { who: "elena", carsGivenUp: 1, carsNotBought: 0 },
  { who: "hugo", carsGivenUp: 0, carsNotBought: 0 },
  { who: "marta", carsGivenUp: 0, carsNotBought: 1 },
  { who: "grace", carsGivenUp: 0, carsNotBought: 1 },
  { who: "wei", carsGivenUp: 0, carsNotBought: 0 },
];

// ——— the library's calendar ———

const TZ = DEMO_LIBRARY.timeZone;
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const isOpen = (d: Temporal.PlainDate, closed: ReadonlySet<string>) =>
  !closed.has(d.toString()) && (HOURS[WEEKDAYS[d.dayOfWeek - 1] ?? "mon"]?.length ?? 0) > 0;

/** The first day on or after `d` the desk is open (and, for `on`, a Tuesday to Thursday evening or a Saturday). */
function openOnOrAfter(d: Temporal.PlainDate, closed: ReadonlySet<string> = new Set(), on?: "evening" | "saturday") {
  const fits = (x: Temporal.PlainDate) =>
    isOpen(x, closed) && (on === "evening" ? x.dayOfWeek >= 2 && x.dayOfWeek <= 4 : on === "saturday" ? x.dayOfWeek === 6 : true);
  let day = d;
  while (!fits(day)) day = day.add({ days: 1 });
  return day;
}

/** The last day of a loan of at most `days` days from `first` (an open day): the last day the desk is open by then. */
function dueDay(first: Temporal.PlainDate, days: number, closed: ReadonlySet<string> = new Set()) {
  let day = first.add({ days: days - 1 });
  while (Temporal.PlainDate.compare(day, first) > 0 && !isOpen(day, closed)) day = day.subtract({ days: 1 });
  return day;
}

const at = (d: Temporal.PlainDate, time: string) =>
  new Date(d.toPlainDateTime(Temporal.PlainTime.from(time)).toZonedDateTime(TZ).epochMilliseconds);
const rfc3339 = (d: Temporal.PlainDate, time: string) =>
  d.toPlainDateTime(Temporal.PlainTime.from(time)).toZonedDateTime(TZ).toString({ timeZoneName: "never" });
const dayRequest = (first: Temporal.PlainDate, last: Temporal.PlainDate) => ({ firstDay: first.toString(), lastDay: last.toString() });

// ——— the story ———

const desk = (ctx: DemoContext, i = 0) => actor(ctx, DEMO_LIBRARY.stewards[i % DEMO_LIBRARY.stewards.length] ?? "priya");

async function openTheLibrary(ctx: DemoContext) {
  const priya = actor(ctx, "priya");
  await createLibrary(
    ctx.db,
    priya,
    NewLibraryInput.parse({
      organization: FOUNDATION,
      slug: DEMO_LIBRARY.slug,
      name: DEMO_LIBRARY.name,
      description:
        "A library of things in the Old Creamery, run by the Open Farm Tools Foundation's members: drills and ladders, four cargo bikes, " +
        "Furrow Works' van when the workshop can spare it, the laser cutter in the makerspace at Furrow Works, and the community room. " +
        "Anyone with an account may borrow; bring things back clean and say how it went.",
      timeZone: TZ,
      currency: "EUR",
      address: "The Old Creamery, 4 Mill Lane, Riverton",
      latitude: 52.66132,
      longitude: -8.63013,
      openingHours: HOURS,
      rules: { ...DEFAULT_RULES, maxLength: 7, horizonDays: 60, maxConcurrent: 3, eligibility: "signed_in" },
    }),
  );
  const units = new Map<string, string>();
  for (const t of DEMO_LIBRARY_TYPES) {
    await ctx.clock.pass(1);
    await addResourceType(
      ctx.db,
      priya,
      DEMO_LIBRARY.slug,
      NewResourceTypeInput.parse({
        slug: t.slug,
        name: t.name,
        kind: t.kind,
        category: t.category,
        description: t.description,
        careNotes: t.careNotes,
        replacementPrice: t.replacementPrice,
        rules: t.rules,
      }),
    );
    for (const code of t.units) {
      const { unit } = await addUnit(
        ctx.db,
        priya,
        DEMO_LIBRARY.slug,
        t.slug,
        NewUnitInput.parse({ code, location: t.location ?? "The Old Creamery, ground floor", owner: t.owner }),
      );
      units.set(code, unit.id);
    }
  }
  return units;
}

/** Books for `who` (a request to the owner of a lent unit is approved by them a couple of hours later). */
async function bookFor(ctx: DemoContext, who: string, type: DemoType, request: object) {
  const { booking } = await book(ctx.db, actor(ctx, who), DEMO_LIBRARY.slug, type.slug, NewBookingInput.parse(request));
  if (booking.status === "requested" && type.owner) {
    await ctx.clock.pass(2);
    await decideRequest(ctx.db, actor(ctx, type.owner), booking.id, true);
  }
  return booking;
}

const typeOf = (slug: string) => {
  const type = DEMO_LIBRARY_TYPES.find((t) => t.slug === slug);
  if (!type) throw new Error(`demo library data names the type ${slug}, which it does not have`);
  return type;
};

/** A past loan replayed at its own moments: booked two days ahead, checked out, checked in, the question answered. */
async function pastLoan(ctx: DemoContext, loan: PastLoan, today: Temporal.PlainDate, units: Map<string, string>, n: number) {
  const type = typeOf(loan.type);
  const first = openOnOrAfter(today.subtract({ days: loan.daysAgo }), new Set(), loan.slot?.on);
  const slot = loan.slot;
  const last = slot ? first : dueDay(first, loan.days ?? 1);
  await ctx.clock.moveTo(at(first.subtract({ days: 2 }), "18:00"));
  const unit = loan.unit ? units.get(loan.unit) : undefined;
  const request = slot ? { startsAt: rfc3339(first, slot.from), endsAt: rfc3339(first, slot.to) } : dayRequest(first, last);
  const booking = await bookFor(ctx, loan.who, type, { ...request, ...(unit ? { unit } : {}) });
  await ctx.clock.moveTo(slot ? new Date(at(first, slot.from).getTime() - 10 * 60_000) : at(first, "10:30"));
  const { loan: out } = await checkOut(ctx.db, desk(ctx, n), booking.id, { condition: "good" });
  await ctx.clock.moveTo(slot ? new Date(at(first, slot.to).getTime() + 5 * 60_000) : at(last, "16:30"));
  const back = loan.back;
  await checkIn(ctx.db, desk(ctx, n + 1), out.id, {
    condition: back?.condition ?? "good",
    notes: back?.notes ?? "",
    problem: back?.outOfService ? { severity: "out_of_service", note: back.outOfService } : undefined,
  });
  if (loan.answer) {
    await ctx.clock.pass(3);
    await answerAfterReturn(ctx.db, actor(ctx, loan.who), out.id, loan.answer);
  }
}

/** The coming holidays the Old Creamery is closed on. */
function holidays(today: Temporal.PlainDate) {
  const days: { day: string; reason: string }[] = [];
  for (const year of [today.year, today.year + 1]) {
    days.push(
      { day: `${year}-01-01`, reason: "New Year's Day" },
      { day: `${year}-03-17`, reason: "St Patrick's Day" },
      { day: `${year}-12-24`, reason: "Christmas Eve" },
      { day: `${year}-12-25`, reason: "Christmas Day" },
      { day: `${year}-12-26`, reason: "St Stephen's Day" },
    );
  }
  return days.filter((d) => d.day > today.toString()).sort((a, b) => a.day.localeCompare(b.day));
}

/** Today: a drill out on loan, bookings to come, a request for the van waiting for Amara, and a place in the van's line. */
async function present(ctx: DemoContext, today: Temporal.PlainDate) {
  const closures = holidays(today);
  await setClosures(ctx.db, desk(ctx), DEMO_LIBRARY.slug, closures);
  const closed = new Set(closures.map((c) => c.day));
  const open = (daysAhead: number, on?: "evening" | "saturday") => openOnOrAfter(today.add({ days: daysAhead }), closed, on);

  // Grace took a drill on the last day the desk was open before today; it is due back on the next one after (or, over a
  // long run of holidays, on the last open day of the week the rules allow: then it is overdue).
  let since = today.subtract({ days: 1 });
  while (!isOpen(since, new Set())) since = since.subtract({ days: 1 });
  const due = since.until(open(1)).days < 7 ? open(1) : dueDay(since, 7, closed);
  await ctx.clock.moveTo(at(since.subtract({ days: 2 }), "12:00"));
  const drill = await bookFor(ctx, "grace", typeOf("cordless-drill"), dayRequest(since, due));
  await ctx.clock.moveTo(at(since, "11:00"));
  await checkOut(ctx.db, desk(ctx), drill.id, { condition: "good", notes: "Two batteries, charger, bits." });

  await ctx.clock.moveTo(new Date());
  const ahead: { who: string; type: string; request: object }[] = [
    { who: "lena", type: "cordless-drill", request: dayRequest(open(2), dueDay(open(2), 2, closed)) },
    { who: "hugo", type: "cargo-bike", request: dayRequest(open(3), dueDay(open(3), 2, closed)) },
    { who: "kofi", type: "extension-ladder", request: dayRequest(open(5), dueDay(open(5), 3, closed)) },
    { who: "felix", type: "laser-cutter", request: { startsAt: rfc3339(open(4), "14:00"), endsAt: rfc3339(open(4), "16:00") } },
    {
      who: "ada",
      type: "community-room",
      request: {
        startsAt: rfc3339(open(6, "evening"), "18:30"),
        endsAt: rfc3339(open(6, "evening"), "20:30"),
        note: "Foundation assembly",
      },
    },
    { who: "hugo", type: "van", request: dayRequest(open(6), open(6)) },
    { who: "sam", type: "cargo-bike", request: dayRequest(open(8), open(8)) },
    {
      who: "hugo",
      type: "community-room",
      request: { startsAt: rfc3339(open(10, "saturday"), "10:00"), endsAt: rfc3339(open(10, "saturday"), "14:00"), note: "Repair café" },
    },
  ];
  for (const b of ahead) {
    await ctx.clock.pass(0.5);
    await bookFor(ctx, b.who, typeOf(b.type), b.request);
  }
  // Wei asks for the van too; Amara has not answered yet.
  await ctx.clock.pass(0.5);
  await book(ctx.db, actor(ctx, "wei"), DEMO_LIBRARY.slug, "van", NewBookingInput.parse(dayRequest(open(13), open(13))));
  // Sam wants the van on the day Hugo has it: he joins its line.
  await ctx.clock.pass(0.5);
  await joinWaitlist(ctx.db, actor(ctx, "sam"), DEMO_LIBRARY.slug, "van", NewBookingInput.parse(dayRequest(open(6), open(6))));
}

export const libraryStep: DemoStep = {
  name: "library",
  from: "present",
  async run(ctx) {
    const today = Temporal.Instant.fromEpochMilliseconds(ctx.clock.at.getTime()).toZonedDateTimeISO(TZ).toPlainDate();
    await ctx.clock.moveTo(at(openOnOrAfter(today.subtract({ days: 150 })), "11:00"));
    const units = await openTheLibrary(ctx);
    // Felix did the laser cutter's induction at the makerspace before his first booking.
    await ctx.clock.pass(72);
    await approveBorrower(
      ctx.db,
      actor(ctx, "ada"),
      DEMO_LIBRARY.slug,
      "laser-cutter",
      "felix",
      "Induction at Furrow Works' makerspace with Wei: focus, air assist, fire drill.",
    );
    let n = 0;
    for (const loan of [...DEMO_PAST_LOANS].sort((a, b) => b.daysAgo - a.daysAgo)) await pastLoan(ctx, loan, today, units, n++);
    // The vehicle survey, answered by those who borrowed a cargo bike or the van.
    await ctx.clock.moveTo(at(today.subtract({ days: 5 }), "12:00"));
    for (const { who, ...answer } of DEMO_VEHICLE_SURVEY) {
      await ctx.clock.pass(1);
      await answerVehicleSurvey(ctx.db, actor(ctx, who), DEMO_LIBRARY.slug, answer);
    }
    await present(ctx, today);
  },
};
