/**
 * Every demo account signs in with the same password, so anyone trying the demo can
 * switch between points of view. It is public: never load the demo into a real instance.
 */
export const DEMO_PASSWORD = "riverton-demo-2026";

/** example.org is reserved for documentation (RFC 2606), so no mail ever reaches a real person. */
export const demoEmail = (handle: string) => `${handle}@example.org`;

export interface DemoAccount {
  handle: string;
  email: string;
  /** Why someone trying the demo would sign in as this person. */
  why: string;
}

const account = (handle: string, why: string): DemoAccount => ({ handle, email: demoEmail(handle), why });

/** What the README and `triarchy demo` list: the admin and the points of view worth trying. */
export const DEMO_ACCOUNTS = {
  password: DEMO_PASSWORD,
  admin: account("iris", "the instance admin"),
  suggested: [
    account("ada", "steward of the Open Farm Tools community and of its foundation"),
    account("joao", "maintainer of Open Farm Tools, worker-owner and steward at Furrow Works"),
    account("kofi", "treasurer of the Open Farm Tools Foundation: its books, budget, donations and expenses"),
    account("rosa", "steward of Furrow Works Cooperative; reviews her co-workers' affiliations"),
    account("victor", "steward of Harrow Machinery, the private company; disputed a claimed affiliation"),
    account("marta", "steward of the City of Riverton, the partner state"),
    account("sam", "a newcomer whose request to join the foundation is still pending"),
    account("noor", "has an open invitation to join Furrow Works"),
  ],
} as const;
