import type { NewPerson } from "../modules/accounts/service.ts";
import { DEMO_PASSWORD, demoEmail } from "./accounts.ts";

export interface DemoPerson {
  handle: string;
  name: string;
  bio: string;
}

export const DEMO_INSTANCE = {
  name: "Riverton Commons",
  description: "The commons network of Riverton: open farm machinery, the people who build it, and the town that backs them.",
};

/** The person who sets the instance up; the first-run page would make them its admin. */
export const DEMO_ADMIN: DemoPerson = {
  handle: "iris",
  name: "Iris Calder",
  bio: "Runs this Triarchy instance for the Riverton commons network.",
};

/** Everyone else, in the order they sign up. All names are fictional. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { handle: "marta", name: "Marta Lindqvist", bio: "Commons officer at the City of Riverton." },
  { handle: "tomas", name: "Tomás Herrera", bio: "Runs the city's budget office." },
  { handle: "yusuf", name: "Yusuf Adeyemi", bio: "Parks department; looks after the municipal orchards." },
  { handle: "ada", name: "Ada Mensah", bio: "Agricultural engineer; started Open Farm Tools in a barn outside Riverton." },
  { handle: "joao", name: "João Pereira", bio: "Designs seed drills and the tractor hitch everyone reuses." },
  { handle: "lena", name: "Lena Brandt", bio: "Mechanical engineer; maintains the drawings and the bill of materials." },
  { handle: "wei", name: "Wei Zhang", bio: "Welder and fabricator at Furrow Works." },
  { handle: "amara", name: "Amara Diallo", bio: "Keeps Furrow Works' books and its workshop running." },
  { handle: "priya", name: "Priya Raman", bio: "Chairs the Open Farm Tools Foundation." },
  { handle: "kofi", name: "Kofi Boateng", bio: "Treasurer of the foundation; accountant by day." },
  { handle: "sam", name: "Sam O'Neill", bio: "Market gardener, new to open hardware." },
  { handle: "rosa", name: "Rosa Jiménez", bio: "Co-founded Furrow Works, a worker-owned machine shop." },
  { handle: "victor", name: "Victor Hale", bio: "Managing director of Harrow Machinery." },
  { handle: "dmitri", name: "Dmitri Volkov", bio: "Product engineer at Harrow Machinery." },
  { handle: "felix", name: "Felix Moreau", bio: "Student; builds cultivators for the community garden." },
  { handle: "noor", name: "Noor Haddad", bio: "Electronics for the soil-moisture sensor kit." },
  { handle: "hugo", name: "Hugo Lambert", bio: "Retired farmer; tests every prototype in his fields." },
  { handle: "elena", name: "Elena Petrova", bio: "The city's liaison to the foundation." },
  { handle: "grace", name: "Grace Okoro", bio: "Writes the assembly guides." },
];

export const signUpInput = (p: DemoPerson): NewPerson => ({
  handle: p.handle,
  name: p.name,
  email: demoEmail(p.handle),
  password: DEMO_PASSWORD,
});
