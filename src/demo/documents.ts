import type { NewCommons } from "../modules/commons/inputs.ts";

/** The Open Farm Tools community's commons: one seed drill, its documents and their history. */
export const DEMO_COMMONS: NewCommons & { creator: string } = {
  creator: "ada",
  slug: "open-seed-drill",
  title: "Open Seed Drill",
  summary:
    "A six-row, 1.5 m seed drill for two-wheel and small four-wheel tractors that a village workshop can weld, repair and adapt. Assembly guide, bill of materials, safety notes and the field-trial log.",
  licence: "LicenseRef-Peer-Production-License",
  community: "open-farm-tools",
  stewardAssociation: "open-farm-tools-foundation",
  tags: ["seed-drill", "open-hardware", "small-farms", "agriculture"],
};

/** A document as first proposed (a new-document contribution) and who accepts it. */
export interface DemoDocument {
  path: string;
  title: string;
  format: "markdown" | "text";
  by: string;
  acceptedBy: string;
  message: string;
  content: string;
}

const GUIDE = `# Open Seed Drill — Assembly Guide

This guide walks you through building the Open Seed Drill, a 1.5 m, six-row seed drill for two-wheel tractors and small four-wheel tractors. Allow two weekends with two people.

## Before you start

- Read the safety notes (safety-notes.md) first.
- Check every part against the bill of materials (bill-of-materials.md).
- You need a welder, an angle grinder, a drill press and a set of metric spanners.

## 1. Frame

1. Cut the two side rails from 50 × 50 × 3 mm square tube, 1,500 mm long.
2. Cut the three cross members from the same tube, 600 mm long.
3. Tack-weld the frame square on a flat floor; measure both diagonals before welding fully.

## 2. Hitch

1. Bolt the hitch plate to the front cross member with four M12 bolts.
2. Check that the drill sits level when hitched.

## 3. Seed hopper

1. Fold the hopper from 1.5 mm galvanised sheet along the marked lines.
2. Rivet the seams and seal them with food-safe silicone.
3. Mount the hopper on the two hopper brackets.

## 4. Metering

1. Fit the six seed plates on the metering shaft.
2. Connect the metering shaft to the ground wheel with the 3/8" chain.

## 5. Coulters

1. Bolt the six coulters to the tool bar, 250 mm apart.
2. Set the working depth to 30 mm for small seeds.

## 6. Ground wheel

1. Fit the ground wheel to its axle.
2. Tension the chain so it deflects 10 mm at mid-span.

## 7. First run

Fill the hopper with 2 kg of wheat, lift the drill, turn the ground wheel 20 times and weigh what falls out.
`;

const BOM = `# Bill of materials — Open Seed Drill

Quantities are for one drill. Prices are indicative, in euros, from Riverton suppliers in spring 2026.

## Frame and hitch

| Qty | Part | Material / spec | Note |
| --- | --- | --- | --- |
| 2 | Side rail | 50 × 50 × 3 mm square tube, 1,500 mm | |
| 3 | Cross member | 50 × 50 × 3 mm square tube, 600 mm | |
| 1 | Hitch plate | 8 mm steel plate, 300 × 200 mm | laser-cut |
| 4 | Hitch bolt | M12 × 40 hex bolt, grade 8.8 | with nyloc nuts |
| 24 | Frame bolt | M10 × 30 hex bolt, zinc-plated | with washers |

## Hopper

| Qty | Part | Material / spec | Note |
| --- | --- | --- | --- |
| 1 | Hopper sheet | 1.5 mm galvanised sheet, 1,400 × 900 mm | |
| 60 | Rivet | 4.8 mm blind rivet, aluminium | |
| 2 | Hopper bracket | 40 × 40 × 4 mm angle, 350 mm | |

## Metering and drive

| Qty | Part | Material / spec | Note |
| --- | --- | --- | --- |
| 6 | Seed plate | HDPE, 6 mm, see drawing SP-01 | one set per crop |
| 1 | Metering shaft | 20 mm bright steel, 1,450 mm | |
| 1 | Drive chain | 3/8" simplex roller chain, 1.6 m | |
| 2 | Sprocket | 3/8" simplex, 15 teeth | |
| 2 | Shaft bearing | UCP204 pillow block | |

## Coulters and wheel

| Qty | Part | Material / spec | Note |
| --- | --- | --- | --- |
| 6 | Coulter | hoe type, 10 mm spring steel | |
| 1 | Ground wheel | 4.00-8 pneumatic wheel | |
| 1 | Wheel axle | 25 mm bright steel, 300 mm | |

Total indicative cost: about €640.
`;

const SAFETY = `# Safety notes

Read these before building or using the Open Seed Drill.

## In the workshop

- Wear eye protection when cutting and grinding.
- Weld only in a ventilated space; galvanised steel gives off zinc fumes when heated.
- Keep a fire extinguisher within reach while welding.

## In the field

- Never reach into the hopper or the metering while the drill moves.
- Lower the drill to the ground before leaving the tractor.
- Treated seed is toxic: wear gloves and do not eat, drink or smoke while filling the hopper.
`;

const TRIALS = `OPEN SEED DRILL - FIELD TRIALS
Kept by Hugo Lambert, Lambert farm, Riverton. One entry per trial, newest last.

2026-03-14  Wheat, plot A (loam), 1.2 ha
  Rate set: 180 kg/ha. Measured: 171 kg/ha. Depth 30 mm, even.
  Chain jumped twice on the headland; tension was too low.
`;

export const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    path: "assembly-guide.md",
    title: "Assembly guide",
    format: "markdown",
    by: "ada",
    acceptedBy: "joao",
    message: "First assembly guide, from the barn build",
    content: GUIDE,
  },
  {
    path: "bill-of-materials.md",
    title: "Bill of materials",
    format: "markdown",
    by: "lena",
    acceptedBy: "ada",
    message: "Bill of materials for one drill",
    content: BOM,
  },
  {
    path: "safety-notes.md",
    title: "Safety notes",
    format: "markdown",
    by: "grace",
    acceptedBy: "lena",
    message: "Safety notes for building and using the drill",
    content: SAFETY,
  },
  {
    path: "field-trials.txt",
    title: "Field-trial log",
    format: "text",
    by: "hugo",
    acceptedBy: "joao",
    message: "Start the field-trial log",
    content: TRIALS,
  },
];

/** A new document proposed but left pending, with the people who support it. */
export const DEMO_PENDING_DOCUMENT = {
  path: "calibration.md",
  title: "Calibration sheet",
  by: "hugo",
  message: "A calibration sheet to print and take to the field",
  description: "Every farm asks me how to calibrate. This is the sheet I use; it fits on one page.",
  supporters: ["ada", "grace", "sam"],
  content: `# Calibration sheet

1. Jack up the drill so the ground wheel turns freely.
2. Put a bag under each of the six outlets.
3. Turn the ground wheel 20 times (that is 1/100 ha with the 4.00-8 wheel).
4. Weigh the seed from all six bags and multiply by 100: that is your rate in kg/ha.
5. Adjust the sprocket or the seed plate and repeat until you are within 5 % of the target.

| Crop | Target kg/ha | Seed plate | Turns | Measured g | Rate kg/ha |
| --- | --- | --- | --- | --- | --- |
| | | | 20 | | |
| | | | 20 | | |
`,
};
