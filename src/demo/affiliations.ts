/**
 * Who is paid by which enterprise, and when. Each is claimed by the person and, if
 * `review` is set, then confirmed or disputed by one of the enterprise's stewards.
 */
export interface DemoAffiliation {
  handle: string;
  enterprise: string;
  startsOn: string;
  endsOn?: string;
  note: string;
  review?: { by: string; decision: "confirmed" | "disputed"; note: string };
}

export const DEMO_AFFILIATIONS: DemoAffiliation[] = [
  {
    handle: "rosa",
    enterprise: "furrow-works",
    startsOn: "2019-04-01",
    note: "Co-founder; half of my time goes to the seed drill design.",
    review: { by: "joao", decision: "confirmed", note: "" },
  },
  {
    handle: "joao",
    enterprise: "furrow-works",
    startsOn: "2019-04-01",
    note: "Worker-owner; paid for my work on the tractor hitch.",
    review: { by: "rosa", decision: "confirmed", note: "" },
  },
  {
    handle: "wei",
    enterprise: "furrow-works",
    startsOn: "2021-09-01",
    endsOn: "2023-06-30",
    note: "Fabrication of the first seed drill series.",
    review: { by: "rosa", decision: "confirmed", note: "" },
  },
  {
    handle: "wei",
    enterprise: "furrow-works",
    startsOn: "2024-02-01",
    note: "Back as a worker-owner after a year abroad.",
  },
  {
    handle: "amara",
    enterprise: "furrow-works",
    startsOn: "2022-03-15",
    note: "Workshop coordination and the cultivator's bill of materials.",
    review: { by: "rosa", decision: "confirmed", note: "Welcome aboard." },
  },
  {
    handle: "lena",
    enterprise: "harrow-machinery",
    startsOn: "2020-09-01",
    endsOn: "2024-12-31",
    note: "Harrow paid for my drawings of the commercial seed drill.",
    review: { by: "victor", decision: "confirmed", note: "" },
  },
  {
    handle: "dmitri",
    enterprise: "harrow-machinery",
    startsOn: "2023-01-09",
    note: "Product engineering on the seed drill.",
    review: { by: "victor", decision: "confirmed", note: "" },
  },
  {
    handle: "felix",
    enterprise: "harrow-machinery",
    startsOn: "2022-04-01",
    endsOn: "2022-10-31",
    note: "Summer job on the cultivator.",
    review: {
      by: "victor",
      decision: "disputed",
      note: "We have no record of paying Felix; he volunteered at our stand at the Riverton agricultural fair.",
    },
  },
];
