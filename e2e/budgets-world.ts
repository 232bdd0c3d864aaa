import type { Db } from "../src/db/types.ts";
import { settleDue } from "../src/modules/decisions/lifecycle.ts";
import { nowMs } from "../src/now.ts";
import { advanceClock } from "../src/test/clock.ts";
import type { apiOf } from "./support.ts";

type Api = ReturnType<typeof apiOf>;

/**
 * The city of the participatory-budget journeys, set up through the API as its people would: `cara` founds
 * the public body, `rey` joins as its maintainer (a reviewer) and `tia` as its treasurer; its books hold
 * 100,000.00 EUR and its members approve a budget line of 50,000.00 EUR for citizen projects.
 */
export async function cityWithBudgetLine(api: (handle: string) => Api, db: Db, city: { slug: string; name: string }) {
  const cara = api("cara");
  await cara("POST", "/organizations", { slug: city.slug, name: city.name, kind: "public_body" });
  for (const handle of ["rey", "tia"]) {
    await api(handle)("POST", `/organizations/${city.slug}/join`);
    await cara("POST", `/organizations/${city.slug}/members/${handle}/approve`);
  }
  await cara("PATCH", `/organizations/${city.slug}/members/rey`, { role: "maintainer" });
  await cara("PATCH", `/organizations/${city.slug}/members/tia`, { role: "treasurer" });

  await cara("POST", `/organizations/${city.slug}/books`, { currency: "EUR" });
  const tia = api("tia");
  await tia("POST", `/organizations/${city.slug}/transactions`, {
    kind: "transfer",
    date: new Date(nowMs()).toISOString().slice(0, 10),
    description: "Opening balance",
    postings: [
      { account: "assets:bank", amount: 10_000_000, currency: "EUR" },
      { account: "equity:opening-balances", amount: -10_000_000, currency: "EUR" },
    ],
  });
  const budget = await tia("POST", `/organizations/${city.slug}/budgets`, {
    year: new Date(nowMs()).getUTCFullYear(),
    title: "City budget",
    lines: [{ name: "Participatory budget", account: "expenses:grants", amount: 5_000_000 }],
  });
  const proposal = await tia("POST", `/budgets/${budget.id}/vote`, { closesAt: new Date(nowMs() + 60_000).toISOString() });
  for (const handle of ["cara", "rey", "tia"]) await api(handle)("PUT", `/proposals/${proposal.id}/vote`, { answer: "yes" });
  await advanceClock(db, 61);
  await settleDue(db);
  return budget;
}
