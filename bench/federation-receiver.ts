/**
 * The remote side of the federation test (federation.ts): one plain node:http server that stands for 200 remote
 * instances, each with its shared inbox at `POST /inbox/<n>` (n in 0…199). Started by federation.ts as a child
 * process (PORT and INBOXES come from the environment), so what it spends is not the server's nor the bench's.
 *
 * It does not verify HTTP signatures (that would take a key fetch from the server per sender, and it is the sender
 * that is measured): it checks that each delivery carries a `signature` or `signature-input` header and a JSON body
 * whose `type` is "Announce", answers 202, and counts. Anything else is counted apart: `malformed` (a POST to a
 * shared inbox without a signature header, or whose body is not an Announce), `unexpected` (any other request: a
 * personal inbox, a fetch), so the bench can require both to be 0.
 *
 * `GET /count` answers the running counts: deliveries in all and per inbox, and per activity (the Announce's id)
 * how many deliveries, how many distinct inboxes, how many repeats (an inbox given the same activity again), when
 * the first arrived, when an inbox last received it for the first time and when the last arrived (epoch ms: this
 * machine's clock, which the bench shares).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

const INBOXES = Number(process.env.INBOXES ?? 200);
const INBOX_PATH = /^\/inbox\/(\d+)$/;

interface PerActivity {
  deliveries: number;
  inboxes: Set<number>;
  duplicates: number;
  firstAt: number;
  /** When an inbox last received it for the first time: once all have it, when the last one did. */
  lastNewInboxAt: number;
  lastAt: number;
}

const perInbox = new Array<number>(INBOXES).fill(0);
const activities = new Map<string, PerActivity>();
let deliveries = 0;
let malformed = 0;
let unexpected = 0;
let lastAt = 0;
const problems: string[] = [];

function note(kind: "malformed" | "unexpected", what: string) {
  if (kind === "malformed") malformed++;
  else unexpected++;
  if (problems.length < 20) problems.push(`${kind}: ${what}`);
}

function counts() {
  return {
    deliveries,
    malformed,
    unexpected,
    lastAt,
    perInbox,
    problems,
    activities: Object.fromEntries(
      [...activities].map(([id, a]) => [
        id,
        {
          deliveries: a.deliveries,
          inboxes: a.inboxes.size,
          duplicates: a.duplicates,
          firstAt: a.firstAt,
          lastNewInboxAt: a.lastNewInboxAt,
          lastAt: a.lastAt,
        },
      ]),
    ),
  };
}

function receive(req: IncomingMessage, res: ServerResponse, body: Buffer) {
  const at = Date.now();
  const url = new URL(req.url ?? "/", "http://receiver");
  if (req.method === "GET" && url.pathname === "/count") {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(counts()));
    return;
  }
  const inbox = req.method === "POST" ? INBOX_PATH.exec(url.pathname) : null;
  const n = inbox ? Number(inbox[1]) : -1;
  if (!inbox || n >= INBOXES) {
    note("unexpected", `${req.method} ${url.pathname}`);
    // 202 all the same: an error would make the sender retry, and the figures would mix retries in.
    res.writeHead(req.method === "POST" ? 202 : 404).end();
    return;
  }
  let activity: { id?: unknown; type?: unknown } | null = null;
  try {
    activity = JSON.parse(body.toString("utf8"));
  } catch {
    // counted below
  }
  const signed = req.headers.signature !== undefined || req.headers["signature-input"] !== undefined;
  if (!signed || activity?.type !== "Announce" || typeof activity.id !== "string") {
    note("malformed", `${url.pathname}: ${signed ? "signed" : "no signature header"}, type ${String(activity?.type)}`);
    res.writeHead(202).end();
    return;
  }
  deliveries++;
  perInbox[n]!++;
  lastAt = at;
  let a = activities.get(activity.id);
  if (!a) {
    a = { deliveries: 0, inboxes: new Set(), duplicates: 0, firstAt: at, lastNewInboxAt: at, lastAt: at };
    activities.set(activity.id, a);
  }
  a.deliveries++;
  if (a.inboxes.has(n)) a.duplicates++;
  else {
    a.inboxes.add(n);
    a.lastNewInboxAt = at;
  }
  a.lastAt = at;
  res.writeHead(202).end();
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => receive(req, res, Buffer.concat(chunks)));
});
// Fedify keeps connections alive: many sockets at once, none of them slow.
server.keepAliveTimeout = 30_000;
server.listen(Number(process.env.PORT), "127.0.0.1");
