import type { Role } from "../modules/memberships/service.ts";
import type { NewOrganization } from "../modules/organizations/inputs.ts";

/**
 * How a person came to be in an organization, replayed through the same service calls a
 * person would make: joining an open organization, a request a steward approves, or a
 * steward's invitation the person accepts. `open` leaves the request or invitation unanswered.
 */
export interface DemoMember {
  handle: string;
  via: "join" | "request" | "invitation";
  role?: Role;
  open?: boolean;
}

export interface DemoOrganization extends NewOrganization {
  /** Creates the organization and becomes its first steward; also answers requests and gives roles. */
  founder: string;
  members: DemoMember[];
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    slug: "riverton",
    name: "City of Riverton",
    kind: "public_body",
    description: "The town council of Riverton. It lends workshop space and funds open tools its farmers can repair themselves.",
    website: "https://riverton.example.org",
    founder: "marta",
    members: [
      { handle: "tomas", via: "request", role: "treasurer" },
      { handle: "yusuf", via: "request" },
      { handle: "elena", via: "request" },
    ],
  },
  {
    slug: "open-farm-tools",
    name: "Open Farm Tools",
    kind: "community",
    description:
      "Open-hardware designs for small farms: seed drills, a two-wheel tractor hitch, a cultivator and a soil-moisture sensor kit. Anyone may propose a change.",
    website: "https://openfarmtools.example.org",
    founder: "ada",
    members: [
      { handle: "joao", via: "join", role: "maintainer" },
      { handle: "lena", via: "join", role: "maintainer" },
      { handle: "grace", via: "join" },
      { handle: "wei", via: "join" },
      { handle: "amara", via: "join" },
      { handle: "rosa", via: "join" },
      { handle: "hugo", via: "join" },
      { handle: "noor", via: "join" },
      { handle: "dmitri", via: "join" },
      { handle: "felix", via: "join" },
      { handle: "sam", via: "join" },
      { handle: "yusuf", via: "join" },
      { handle: "priya", via: "join" },
      { handle: "kofi", via: "join" },
    ],
  },
  {
    slug: "open-farm-tools-foundation",
    name: "Open Farm Tools Foundation",
    kind: "association",
    description:
      "The for-benefit association that holds Open Farm Tools' money, pays for its test plots and servers, and decides its spending by vote.",
    founder: "priya",
    members: [
      { handle: "kofi", via: "request", role: "treasurer" },
      { handle: "ada", via: "request", role: "steward" },
      { handle: "lena", via: "request" },
      { handle: "hugo", via: "request" },
      { handle: "elena", via: "request" },
      { handle: "grace", via: "request" },
      { handle: "sam", via: "request", open: true },
    ],
  },
  {
    slug: "furrow-works",
    name: "Furrow Works Cooperative",
    kind: "enterprise",
    ownership: "worker_owned",
    description: "A worker-owned machine shop that builds and repairs Open Farm Tools machines for farms around Riverton.",
    website: "https://furrow.example.org",
    founder: "rosa",
    members: [
      { handle: "joao", via: "invitation", role: "steward" },
      { handle: "wei", via: "invitation" },
      { handle: "amara", via: "invitation", role: "treasurer" },
      { handle: "noor", via: "invitation", open: true },
    ],
  },
  {
    slug: "harrow-machinery",
    name: "Harrow Machinery Ltd",
    kind: "enterprise",
    ownership: "private",
    description: "A privately owned manufacturer that sells a commercial seed drill based on the Open Farm Tools design.",
    website: "https://harrow.example.org",
    founder: "victor",
    members: [{ handle: "dmitri", via: "request" }],
  },
];
