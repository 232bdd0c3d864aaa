import { describe, expect, it } from "vitest";
import { activityLink, activityText, describeActivity } from "./activity.ts";
import type { Activity } from "./api/schema.ts";

const row = (over: Partial<Activity>): Activity => ({
  id: "1",
  verb: "test.done",
  objectType: "contribution",
  objectId: "c1",
  targetType: "commons",
  targetId: "s1",
  visibility: "public",
  data: {},
  createdAt: "2026-01-01T00:00:00.000Z",
  actor: { handle: "ada", name: "Ada Mensah" },
  organization: null,
  commons: null,
  origin: null,
  document: null,
  ...over,
});

const seedDrill = { slug: "open-seed-drill", title: "Open Seed Drill" };

describe("activity sentences", () => {
  it("name a contribution's commons and document by their titles, linking to them", () => {
    const a = row({
      verb: "contribution.proposed",
      data: { commons: "open-seed-drill", title: "Fix the seed rate" },
      commons: seedDrill,
      document: { commons: "open-seed-drill", path: "guide/seed rate.md", title: "Seed rate guide" },
    });
    expect(activityText(a, "Riverton")).toBe("Ada Mensah proposed “Fix the seed rate” to Seed rate guide (Open Seed Drill)");
    expect(describeActivity(a, "Riverton")).toContainEqual({
      text: "Seed rate guide",
      to: "/commons/open-seed-drill/documents/guide%2Fseed%20rate.md",
    });
    expect(describeActivity(a, "Riverton")).toContainEqual({ text: "Open Seed Drill", to: "/commons/open-seed-drill" });
  });

  it("name the commons an enterprise declared it uses, and the origin of a fork, by their titles", () => {
    const use = row({
      verb: "use.declared",
      objectType: "use",
      data: { commons: "open-seed-drill", product: "Drill 3000" },
      commons: seedDrill,
    });
    expect(activityText(use, "Riverton")).toContain("uses Open Seed Drill (Drill 3000)");
    const fork = row({
      verb: "commons.forked",
      objectType: "commons",
      data: { slug: "seed-drill-nl", title: "Zaaimachine", origin: "open-seed-drill" },
      commons: { slug: "seed-drill-nl", title: "Zaaimachine" },
      origin: seedDrill,
    });
    expect(activityText(fork, "Riverton")).toBe("Ada Mensah forked Open Seed Drill as Zaaimachine");
  });

  it("fall back to the slug only when the row names no title", () => {
    const a = row({ verb: "contribution.accepted", data: { commons: "gone-commons", title: "Old work" } });
    expect(activityText(a, "Riverton")).toBe("Ada Mensah accepted “Old work” into gone-commons");
  });

  it("tell an organization's members that its closed books hold up an invoice, linking the agreement and the counterpart", () => {
    const a = row({
      verb: "invoice.books_closed",
      objectType: "agreement",
      objectId: "ag1",
      targetType: "organization",
      data: {
        periodStart: "2026-01-01",
        periodEnd: "2026-03-31",
        amount: "12000",
        currency: "EUR",
        commons: "Open Seed Drill",
        counterpart: { slug: "riverton-assoc", name: "Riverton Association" },
      },
      organization: { slug: "new-co", name: "New Co", kind: "enterprise" } as Activity["organization"],
    });
    const text = activityText(a, "Riverton");
    expect(text).toContain("Ada Mensah could not raise an invoice of");
    expect(text).toContain("New Co has not opened its books yet");
    expect(describeActivity(a, "Riverton")).toContainEqual({ text: "Riverton Association", to: "/orgs/riverton-assoc" });
    expect(describeActivity(a, "Riverton")).toContainEqual({ text: "a reciprocity agreement", to: "/agreements/ag1" });
  });

  it("tell a participatory budget's story: its phases, its projects and its grants, linking to their pages", () => {
    const city = { slug: "riverton", name: "City of Riverton", kind: "public_body" as const };
    const voting = row({
      verb: "call.voting",
      objectType: "pb_call",
      actor: null,
      organization: city,
      data: { title: "Riverton Decides", slug: "rd-2026" },
    });
    expect(activityText(voting, "Riverton")).toBe("Voting opened on “Riverton Decides” in City of Riverton");
    expect(describeActivity(voting, "Riverton")).toContainEqual({ text: "“Riverton Decides”", to: "/calls/rd-2026" });
    const eligible = row({
      verb: "project.eligible",
      objectType: "pb_project",
      organization: city,
      data: { title: "Trail guide", number: "7", call: "rd-2026" },
    });
    expect(activityText(eligible, "Riverton")).toBe("Ada Mensah found the project “Trail guide” eligible");
    expect(activityLink(eligible, "Riverton")).toBe("/calls/rd-2026/projects/7");
    const paid = row({
      verb: "grant.tranche_paid",
      objectType: "pb_grant",
      organization: city,
      data: { call: "rd-2026", milestone: "Agreement signed", amount: "475000", currency: "EUR", to: "Riverton Trail Friends" },
    });
    expect(activityText(paid, "Riverton")).toMatch(/^Ada Mensah paid €4,750(\.00)? to Riverton Trail Friends \(Agreement signed\)$/);
    expect(activityLink(paid, "Riverton")).toBe("/calls/rd-2026/accountability");
  });

  it("write comments, needs, decisions and expenses as sentences that link to the thing", () => {
    const comment = row({
      verb: "comment.posted",
      objectType: "comment",
      targetType: "thread",
      targetId: "t1",
      data: { title: "Seed rate" },
    });
    expect(activityText(comment, "Riverton")).toBe("Ada Mensah commented in the discussion “Seed rate”");
    expect(describeActivity(comment, "Riverton")).toContainEqual({ text: "“Seed rate”", to: "/threads/t1" });
    const need = row({ verb: "need.taken_up", objectType: "need", objectId: "n1", data: { title: "Field-test the hopper" } });
    expect(activityText(need, "Riverton")).toBe("Ada Mensah took up the need “Field-test the hopper”");
    const org = { slug: "open-farm", name: "Open Farm", kind: "community" } as Activity["organization"];
    const opened = row({
      verb: "proposal.opened",
      objectType: "proposal",
      objectId: "p1",
      actor: null,
      organization: org,
      data: { title: "Buy a lathe" },
    });
    expect(activityText(opened, "Riverton")).toBe("Voting opened on “Buy a lathe” in Open Farm");
    const decided = row({
      verb: "expense.approved",
      objectType: "expense",
      objectId: "e1",
      actor: null,
      organization: org,
      data: { purpose: "Bolts" },
    });
    expect(activityText(decided, "Riverton")).toBe("The expense “Bolts” was approved by a decision in Open Farm");
  });

  it("open a row at the page of what it is about", () => {
    expect(activityLink(row({ verb: "contribution.accepted", objectId: "c1" }), "Riverton")).toBe("/contributions/c1");
    expect(activityLink(row({ verb: "comment.posted", objectType: "comment", targetType: "thread", targetId: "t1" }), "Riverton")).toBe(
      "/threads/t1",
    );
    expect(activityLink(row({ verb: "need.closed", objectType: "need", objectId: "n1" }), "Riverton")).toBe("/needs/n1");
    expect(activityLink(row({ verb: "proposal.opened", objectType: "proposal", objectId: "p1" }), "Riverton")).toBe("/proposals/p1");
    const org = { slug: "open-farm", name: "Open Farm", kind: "community" } as Activity["organization"];
    expect(activityLink(row({ verb: "membership.requested", objectType: "membership", organization: org }), "Riverton")).toBe(
      "/orgs/open-farm/members",
    );
  });
});
