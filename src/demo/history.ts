import type { CONTRIBUTION_KINDS } from "../modules/contributions/schema.ts";

type Kind = (typeof CONTRIBUTION_KINDS)[number];

/** A change to a document's text: `find` must occur exactly once, or the demo data is wrong. */
export type Change = { find: string; replace: string } | { append: string };
const swap = (find: string, replace: string): Change => ({ find, replace });
const append = (text: string): Change => ({ append: text });

/** What happens to a proposal: a maintainer accepts or rejects it, its author withdraws it, or it waits. */
export type Outcome = { accept: string; note?: string } | { reject: string; note: string } | { withdraw: true } | { pending: true };

/** An edit of one document, proposed on its newest revision. */
export interface DemoEdit {
  doc: string;
  by: string;
  title: string;
  kind?: Kind;
  description?: string;
  changes: Change[];
  outcome: Outcome;
  supporters?: string[];
}

const GUIDE = "assembly-guide.md";
const BOM = "bill-of-materials.md";
const SAFETY = "safety-notes.md";
const TRIALS = "field-trials.txt";

/** The commons' life before Furrow Works forks it, in the order it happened. */
export const EDITS_BEFORE_FORK: DemoEdit[] = [
  {
    doc: GUIDE,
    by: "grace",
    title: "Frame: check the diagonals, weld in short runs",
    changes: [
      swap(
        "3. Tack-weld the frame square on a flat floor; measure both diagonals before welding fully.",
        "3. Tack-weld the frame on a flat floor. Measure both diagonals: they must agree within 3 mm before you weld fully.\n4. Weld in short runs, alternating sides, so the frame does not pull out of square.",
      ),
    ],
    outcome: { accept: "lena" },
  },
  {
    doc: BOM,
    by: "amara",
    title: "Prices checked with Riverton suppliers",
    kind: "research",
    changes: [
      swap("from Riverton suppliers in spring 2026.", "from Riverton suppliers, checked in September 2026."),
      swap("Total indicative cost: about €640.", "Total indicative cost: about €685 (steel went up 8 % over the summer)."),
    ],
    outcome: { accept: "lena", note: "Thanks for ringing round, Amara." },
  },
  {
    doc: TRIALS,
    by: "hugo",
    title: "Trial: field beans on clay, plot C",
    kind: "research",
    changes: [
      append(
        "\n2026-05-02  Field beans, plot C (heavy clay), 0.6 ha\n  Rate set: 200 kg/ha. Measured: 214 kg/ha. Depth 50 mm.\n  Coulters rode up in the dry clods; needed 20 kg of ballast on the tool bar.\n",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: GUIDE,
    by: "joao",
    title: "Hitch: three-point linkage or the universal hitch",
    kind: "design",
    description: "The drill now fits both kinds of tractor our members use.",
    changes: [
      swap(
        "1. Bolt the hitch plate to the front cross member with four M12 bolts.\n2. Check that the drill sits level when hitched.",
        "1. Bolt the hitch plate to the front cross member with four M12 × 40 bolts, grade 8.8, torqued to 80 N·m.\n2. For a four-wheel tractor, fit the Category 0 three-point pins; for a two-wheel tractor, fit the Open Farm Tools universal hitch instead.\n3. Check that the drill sits level when hitched: adjust the top link or the hitch height, never the coulters.",
      ),
    ],
    outcome: { accept: "ada" },
  },
  {
    doc: SAFETY,
    by: "wei",
    title: "Grind the zinc off before welding",
    changes: [
      swap(
        "- Weld only in a ventilated space; galvanised steel gives off zinc fumes when heated.",
        "- Weld only in a ventilated space; galvanised steel gives off zinc fumes when heated.\n- Grind the zinc coating off 20 mm either side of a weld before you strike an arc, and wear a mask rated for metal fumes.",
      ),
    ],
    outcome: { accept: "lena" },
  },
  {
    doc: BOM,
    by: "lena",
    title: "Hopper sheet: 1.2 mm is enough",
    kind: "design",
    changes: [
      swap(
        "| 1 | Hopper sheet | 1.5 mm galvanised sheet, 1,400 × 900 mm | |",
        "| 1 | Hopper sheet | 1.2 mm galvanised sheet, 1,400 × 900 mm | 1.5 mm was heavier and harder to fold |",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: GUIDE,
    by: "lena",
    title: "Hopper: 1.2 mm sheet, folded on a brake",
    kind: "design",
    changes: [
      swap(
        "1. Fold the hopper from 1.5 mm galvanised sheet along the marked lines.",
        "1. Fold the hopper from 1.2 mm galvanised sheet along the marked lines, on a sheet-metal brake if you can borrow one.",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: BOM,
    by: "sam",
    title: "Plywood frame instead of steel tube",
    kind: "design",
    description: "Not everyone has a welder. A plywood frame would make the drill buildable in any shed.",
    changes: [
      swap(
        "| 2 | Side rail | 50 × 50 × 3 mm square tube, 1,500 mm | |",
        "| 2 | Side rail | 18 mm marine plywood, 1,500 × 120 mm | cheaper, no welding |",
      ),
      swap("| 3 | Cross member | 50 × 50 × 3 mm square tube, 600 mm | |", "| 3 | Cross member | 18 mm marine plywood, 600 × 120 mm | |"),
    ],
    outcome: {
      reject: "lena",
      note: "Thanks, Sam: the point about welders is fair. But a plywood frame racked apart under the coulters' draft in our 2023 trial, and clay is worse (see the field-trial log). We keep steel; Furrow Works offers welding time on Saturdays, see the needs board.",
    },
  },
  {
    doc: GUIDE,
    by: "wei",
    title: "Metering: which way the seed plates face",
    changes: [
      swap(
        "1. Fit the six seed plates on the metering shaft.",
        "1. Fit the six seed plates on the metering shaft. The bevelled side of each plate faces the hopper outlet: a plate fitted backwards cracks the seed.",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: SAFETY,
    by: "hugo",
    title: "Keep the chain guard on",
    changes: [
      swap(
        "- Never reach into the hopper or the metering while the drill moves.",
        "- Never reach into the hopper or the metering while the drill moves.\n- Keep the chain guard fitted: the drive chain pinches fingers even at walking speed.",
      ),
    ],
    outcome: { accept: "ada" },
  },
  {
    doc: TRIALS,
    by: "hugo",
    title: "Trial: carrots on sandy loam, plot B",
    kind: "research",
    changes: [
      append(
        "\n2026-06-10  Carrots, plot B (sandy loam), 0.3 ha\n  Seed plate SP-03. Rate set: 4 kg/ha. Measured: 4.3 kg/ha. Depth 10 mm.\n  Germination patchy where the soil was loose; a press wheel behind each coulter would help.\n",
      ),
    ],
    outcome: { accept: "lena" },
  },
  {
    doc: GUIDE,
    by: "grace",
    title: "Before you start: the full tool list",
    changes: [
      swap(
        "- You need a welder, an angle grinder, a drill press and a set of metric spanners.",
        "- Tools: a MIG or stick welder, an angle grinder with cutting and flap discs, a drill press, a rivet gun, metric spanners from 10 to 19 mm and a torque wrench.\n- Find a flat concrete floor of at least 3 × 2 m to build on.",
      ),
    ],
    outcome: { accept: "lena" },
  },
  {
    doc: BOM,
    by: "joao",
    title: "Two sprockets: 15 and 19 teeth, for large seed",
    kind: "design",
    changes: [
      swap(
        '| 2 | Sprocket | 3/8" simplex, 15 teeth | |',
        '| 1 | Drive sprocket | 3/8" simplex, 15 teeth | on the ground-wheel axle |\n| 1 | Driven sprocket | 3/8" simplex, 19 teeth | slows the metering for beans and peas |',
      ),
    ],
    outcome: { accept: "lena" },
  },
  {
    doc: GUIDE,
    by: "kofi",
    title: "Spelling: galvanized",
    description: "Spelling fix.",
    changes: [swap("1. Fold the hopper from 1.2 mm galvanised sheet", "1. Fold the hopper from 1.2 mm galvanized sheet")],
    outcome: { withdraw: true },
  },
  {
    doc: GUIDE,
    by: "hugo",
    title: "First run: calibrate for your own seed",
    changes: [
      swap(
        "Fill the hopper with 2 kg of wheat, lift the drill, turn the ground wheel 20 times and weigh what falls out.",
        "Fill the hopper with 2 kg of the seed you will sow, jack the drill up and turn the ground wheel 20 times: with the 4.00-8 wheel that covers 1/100 ha. Weigh what falls out and multiply by 100 for the rate in kg/ha.\n\nAdjust the sprockets or change the seed plate until you are within 5 % of your target rate, and write the setting in the field-trial log.",
      ),
    ],
    outcome: { accept: "ada", note: "This is what everyone asks about at build days. Thank you, Hugo." },
  },
  {
    doc: BOM,
    by: "dmitri",
    title: "Sealed bearings with grease nipples",
    kind: "design",
    changes: [
      swap(
        "| 2 | Shaft bearing | UCP204 pillow block | |",
        "| 2 | Shaft bearing | UCP204 pillow block, sealed, with grease nipple | open bearings clog with dust within a week |",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: GUIDE,
    by: "dmitri",
    title: "Point builders to the Harrow HSD-150",
    description: "Many farmers who read the guide would rather buy the drill ready-made.",
    changes: [
      swap(
        "Allow two weekends with two people.",
        "Allow two weekends with two people. If you would rather buy one ready-made, the Harrow HSD-150 is built to this design.",
      ),
    ],
    outcome: {
      reject: "ada",
      note: "Thanks, Dmitri. The guide stays vendor-neutral: a list of everyone who builds and sells the drill, Harrow and Furrow Works included, belongs on the foundation's website. Could you post it as a need there?",
    },
  },
  {
    doc: SAFETY,
    by: "lena",
    title: "Lifting: the drill weighs 85 kg",
    changes: [
      swap(
        "- Lower the drill to the ground before leaving the tractor.",
        "- Lower the drill to the ground before leaving the tractor.\n- The finished drill weighs about 85 kg: lift it with two people or a hoist, never alone.",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: GUIDE,
    by: "joao",
    title: "Coulters: adjustable spacing",
    kind: "design",
    changes: [
      swap(
        "1. Bolt the six coulters to the tool bar, 250 mm apart.",
        "1. Bolt the six coulters to the tool bar with U-bolts, 250 mm apart for cereals. The U-bolts let you move them from 200 to 300 mm for other crops.",
      ),
    ],
    outcome: { accept: "lena" },
  },
  {
    doc: TRIALS,
    by: "dmitri",
    title: "Draft-load test on clay, with a load cell",
    kind: "research",
    changes: [
      append(
        "\n2026-08-12  Draft-load test, plot C (heavy clay), no seed\n  Load cell on the hitch: 2.1 kN at 4 km/h, 2.9 kN at 6 km/h, depth 40 mm.\n  The frame deflected 1.5 mm at the tool bar. Measured by D. Volkov.\n",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: BOM,
    by: "rosa",
    title: "Order the laser-cut parts together",
    changes: [
      swap(
        "| 1 | Hitch plate | 8 mm steel plate, 300 × 200 mm | laser-cut |",
        "| 1 | Hitch plate | 8 mm steel plate, 300 × 200 mm | laser-cut; order it with the seed-plate templates, one job for the cutter |",
      ),
    ],
    outcome: { accept: "ada" },
  },
  {
    doc: GUIDE,
    by: "amara",
    title: "Ground wheel: grease the bearings first",
    changes: [swap("1. Fit the ground wheel to its axle.", "1. Grease the wheel bearings, then fit the ground wheel to its axle.")],
    outcome: { accept: "joao" },
  },
  {
    doc: BOM,
    by: "kofi",
    title: "Cost by section",
    kind: "research",
    changes: [
      swap(
        "Total indicative cost: about €685 (steel went up 8 % over the summer).",
        "## Cost\n\n| Section | Indicative cost |\n| --- | --- |\n| Frame and hitch | €245 |\n| Hopper | €95 |\n| Metering and drive | €190 |\n| Coulters and wheel | €155 |\n| **Total** | **€685** |\n\nSteel went up 8 % over the summer of 2026; the foundation checks prices every autumn.",
      ),
    ],
    outcome: { accept: "ada" },
  },
  {
    doc: GUIDE,
    by: "dmitri",
    title: "Torque values for every bolt",
    changes: [
      swap(
        "## 7. First run",
        "## Torque values\n\n| Bolt | Torque |\n| --- | --- |\n| M10, grade 8.8 | 49 N·m |\n| M12, grade 8.8 | 80 N·m |\n| UCP204 set screws | 4 N·m |\n\n## 7. First run",
      ),
    ],
    outcome: { accept: "lena" },
  },
  {
    doc: SAFETY,
    by: "joao",
    title: "Hitch pins need their clips",
    changes: [swap("## In the field\n\n", "## In the field\n\n- Secure every hitch pin with its R-clip before you move off.\n")],
    outcome: { accept: "ada" },
  },
  {
    doc: TRIALS,
    by: "hugo",
    title: "Trial: winter wheat, plot A again",
    kind: "research",
    changes: [
      append(
        "\n2026-10-05  Winter wheat, plot A (loam), 1.2 ha\n  Rate set: 160 kg/ha. Measured: 158 kg/ha with the new sprockets. Depth 30 mm.\n  No chain jumps with the chain tensioned to 10 mm. Even emergence after 12 days.\n",
      ),
    ],
    outcome: { accept: "ada" },
  },
  {
    doc: BOM,
    by: "hugo",
    title: "Lugged tyre on the ground wheel",
    changes: [
      swap(
        "| 1 | Ground wheel | 4.00-8 pneumatic wheel | |",
        "| 1 | Ground wheel | 4.00-8 pneumatic wheel, lugged tyre | a smooth tyre skids in wet soil and under-sows |",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: GUIDE,
    by: "felix",
    title: "Hopper: how much it holds",
    changes: [
      swap(
        "3. Mount the hopper on the two hopper brackets.",
        "3. Mount the hopper on the two hopper brackets. It holds about 40 litres, or 30 kg of wheat.",
      ),
    ],
    outcome: { accept: "lena" },
  },
  {
    doc: SAFETY,
    by: "grace",
    title: "Children and bystanders",
    changes: [
      append(
        "\n## Around other people\n\n- Keep children and animals away from the drill while it is hitched, moving or jacked up.\n- At a build day, one person calls out before anyone lifts, grinds or welds.\n",
      ),
    ],
    outcome: { accept: "ada" },
  },
  {
    doc: TRIALS,
    by: "felix",
    title: "Trial: oats at the community garden",
    kind: "research",
    changes: [
      append(
        "\n2026-10-18  Oats, Riverton community garden (silty loam), 0.1 ha\n  Pulled by the garden's two-wheel tractor on the universal hitch. Rate set: 120 kg/ha. Measured: 126 kg/ha.\n  Tight headlands: lift the drill before turning. Trial run by F. Moreau.\n",
      ),
    ],
    outcome: { accept: "joao" },
  },
];

/**
 * Two edits of the same table row from the same revision. The first is accepted; accepting the
 * second finds the row changed under it, so it becomes the world's one conflicted proposal.
 */
export const CONFLICTING_EDITS: [DemoEdit, DemoEdit] = [
  {
    doc: BOM,
    by: "wei",
    title: "Frame bolts: 35 mm long, grade 8.8",
    changes: [
      swap(
        "| 24 | Frame bolt | M10 × 30 hex bolt, zinc-plated | with washers |",
        "| 24 | Frame bolt | M10 × 35 hex bolt, grade 8.8, zinc-plated | with washers; 30 mm is too short through two tubes |",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: BOM,
    by: "dmitri",
    title: "Frame bolts: flange bolts, no washers",
    description: "Flange bolts spread the load on the thin tube wall and save 48 washers.",
    changes: [
      swap(
        "| 24 | Frame bolt | M10 × 30 hex bolt, zinc-plated | with washers |",
        "| 24 | Frame bolt | M10 × 30 flange bolt, grade 10.9 | no washers needed |",
      ),
    ],
    outcome: { accept: "lena" },
  },
];

/** After the fork: the origin moves on, and some proposals wait for review. */
export const EDITS_AFTER_FORK: DemoEdit[] = [
  {
    doc: BOM,
    by: "amara",
    title: "Seed plates: three sets, for cereals, large and small seed",
    kind: "design",
    changes: [
      swap(
        "| 6 | Seed plate | HDPE, 6 mm, see drawing SP-01 | one set per crop |",
        "| 6 | Seed plate, cereals | HDPE, 6 mm, drawing SP-01 | wheat, barley, oats |\n| 6 | Seed plate, large seed | HDPE, 10 mm, drawing SP-02 | beans, peas |\n| 6 | Seed plate, small seed | HDPE, 4 mm, drawing SP-03 | carrots, onions |",
      ),
    ],
    outcome: { accept: "lena" },
  },
  {
    doc: GUIDE,
    by: "grace",
    title: "Over winter: storing the drill",
    changes: [
      append(
        "\n## 8. Over winter\n\nEmpty the hopper and the metering completely, brush out the seed plates, oil the chain and store the drill under cover with the coulters off the ground.\n",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: SAFETY,
    by: "yusuf",
    title: "Driving on public roads",
    changes: [
      append(
        "\n## On the road\n\n- On public roads, fit rear lights and a slow-moving-vehicle triangle, and lift the coulters clear of the tarmac.\n",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: GUIDE,
    by: "ada",
    title: "Link the safety notes and the bill of materials",
    changes: [
      swap(
        "- Read the safety notes (safety-notes.md) first.\n- Check every part against the bill of materials (bill-of-materials.md).",
        "- Read the [safety notes](safety-notes.md) first.\n- Check every part against the [bill of materials](bill-of-materials.md).",
      ),
    ],
    outcome: { accept: "joao" },
  },
  {
    doc: GUIDE,
    by: "noor",
    title: "Optional mount for the soil-moisture sensor",
    kind: "design",
    description: "The sensor kit reads soil moisture at sowing depth while you drill; this is where it bolts on.",
    changes: [
      append(
        "\n## Option: soil-moisture sensor\n\nBolt the sensor bracket (drawing SM-02) to the tool bar between coulters 3 and 4, probe tip level with the coulter points. Run the cable along the frame to the logger on the hitch plate, clear of the chain.\n",
      ),
    ],
    outcome: { pending: true },
    supporters: ["hugo", "sam", "felix"],
  },
  {
    doc: SAFETY,
    by: "felix",
    title: "Hearing protection when grinding",
    changes: [swap("- Wear eye protection when cutting and grinding.", "- Wear eye and hearing protection when cutting and grinding.")],
    outcome: { pending: true },
    supporters: ["grace"],
  },
];
