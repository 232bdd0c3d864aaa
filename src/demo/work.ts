import { ProposalInput } from "../modules/contributions/inputs.ts";
import type { CONTRIBUTION_KINDS } from "../modules/contributions/schema.ts";
import { propose } from "../modules/contributions/service.ts";
import { settle } from "./commons.ts";
import { actor, type DemoStep } from "./context.ts";
import { DEMO_COMMONS } from "./documents.ts";
import type { Outcome } from "./history.ts";

/** Work that is not a document edit, logged on the day it was done; the affiliation that day decides the credit. */
interface DemoWork {
  by: string;
  kind: (typeof CONTRIBUTION_KINDS)[number];
  title: string;
  hours: number;
  performedOn: string;
  link?: string;
  outcome: Outcome;
}

export const DEMO_WORK: DemoWork[] = [
  {
    by: "lena",
    kind: "design",
    title: "Seed-plate drawings SP-01 to SP-03",
    hours: 14,
    performedOn: "2024-10-20",
    outcome: { accept: "ada" },
  },
  {
    by: "hugo",
    kind: "research",
    title: "Field trial: wheat on loam, plot A",
    hours: 6,
    performedOn: "2026-03-14",
    outcome: { accept: "ada" },
  },
  {
    by: "grace",
    kind: "facilitation",
    title: "Build day at the Riverton library workshop",
    hours: 8,
    performedOn: "2026-04-18",
    link: "https://openfarmtools.example.org/build-days/2026-04",
    outcome: { accept: "ada" },
  },
  {
    by: "hugo",
    kind: "research",
    title: "Field trial: field beans on clay, plot C",
    hours: 5,
    performedOn: "2026-05-02",
    outcome: { accept: "joao" },
  },
  {
    by: "amara",
    kind: "care",
    title: "Hosted the summer build weekend at Furrow Works",
    hours: 6,
    performedOn: "2026-06-21",
    outcome: { accept: "lena" },
  },
  {
    by: "wei",
    kind: "design",
    title: "Welding jig for the frame (drawing JIG-01)",
    hours: 12,
    performedOn: "2026-07-05",
    outcome: { accept: "joao" },
  },
  {
    by: "dmitri",
    kind: "research",
    title: "Draft-load measurements on clay",
    hours: 7,
    performedOn: "2026-08-12",
    outcome: { accept: "joao" },
  },
  {
    by: "priya",
    kind: "facilitation",
    title: "Foundation meeting on the 2027 test-plot budget",
    hours: 2.5,
    performedOn: "2026-09-10",
    outcome: { accept: "ada" },
  },
  {
    by: "kofi",
    kind: "care",
    title: "Bookkeeping for the build-kit fund",
    hours: 4,
    performedOn: "2026-10-03",
    outcome: { accept: "lena" },
  },
  {
    by: "noor",
    kind: "code",
    title: "Firmware for the soil-moisture sensor prototype",
    hours: 9,
    performedOn: "2026-10-28",
    link: "https://openfarmtools.example.org/sensor-firmware",
    outcome: { accept: "joao" },
  },
  {
    by: "sam",
    kind: "research",
    title: "Seed-saving notes for the carrot plates",
    hours: 2,
    performedOn: "2026-11-01",
    outcome: { pending: true },
  },
];

export const workStep: DemoStep = {
  name: "logged work",
  from: "2025-12-01T09:00:00Z",
  async run(ctx) {
    const start = ctx.clock.at.getTime();
    for (const w of DEMO_WORK) {
      // Logged the evening the work was done, or when the commons opened for work done before.
      await ctx.clock.moveTo(new Date(Math.max(start, Date.parse(`${w.performedOn}T18:00:00Z`))));
      const input = ProposalInput.parse({
        type: "work",
        kind: w.kind,
        title: w.title,
        hours: w.hours,
        performedOn: w.performedOn,
        link: w.link,
      });
      const c = await propose(ctx.db, actor(ctx, w.by), DEMO_COMMONS.slug, input);
      await settle(ctx, c, w.by, w.outcome);
      ctx.ids.set(`contribution:${w.title}`, c.id);
    }
  },
};
