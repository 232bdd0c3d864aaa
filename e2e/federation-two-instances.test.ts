import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiOf, launchChromium, PASSWORD, requireChromium } from "./support.ts";

const run = requireChromium();
const ROOT = join(import.meta.dirname, "..");
const NODE = join(ROOT, "node_modules", ".bin", "node");
const SLOW = { timeout: 30_000, interval: 250 };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * One instance: the real `triarchy serve` in its own process, with its own database (PGlite in its own
 * data directory), reached under its own host name. Private addresses are allowed (both live on
 * loopback): this test is the only place they are. Signatures are made and checked for real.
 */
class Instance {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(join(tmpdir(), "triarchy-federation-"));
  readonly host: string;
  readonly port: number;
  constructor(host: string, port: number) {
    this.host = host;
    this.port = port;
  }
  get url() {
    return `http://${this.host}:${this.port}`;
  }
  async start() {
    this.child = spawn(NODE, ["bin/triarchy.mjs", "serve"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: "",
        DATA_DIR: this.dataDir,
        HOST: "127.0.0.1",
        PORT: String(this.port),
        PUBLIC_URL: this.url,
        FEDERATION_ALLOW_PRIVATE_ADDRESSES: "1",
        // A's downtime trips B's circuit breaker; it tries again after this, not half an hour.
        FEDERATION_RECOVERY_SECONDS: "5",
        LOG_LEVEL: "warn",
        WEB_DIST: inject("webDist"),
        AUTH_RATE_LIMIT: "1000",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    // Started before any test runs (in beforeAll, where expect.poll is not available): waited for by hand.
    const until = Date.now() + 60_000;
    while ((await fetch(`${this.url}/api/instance`).catch(() => null))?.status !== 200) {
      if (Date.now() > until || this.child?.exitCode !== null) throw new Error(`${this.url} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  /** Like a power cut: no shutdown, whatever was under way is cut off. */
  kill() {
    this.child?.kill("SIGKILL");
    const child = this.child;
    this.child = null;
    return new Promise<void>((resolve) => (child?.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
  }
  async stop() {
    const child = this.child;
    if (!child) return;
    child.kill("SIGTERM");
    await new Promise<void>((resolve) => child.once("exit", () => resolve()));
    this.child = null;
  }
}

describe.skipIf(!run)("two instances in their own processes: follow, discuss, needs, fork and offer back, over ActivityPub", () => {
  let a: Instance;
  let b: Instance;
  let browser: Browser;
  let maya: BrowserContext;
  let rui: BrowserContext;
  let onA: ReturnType<typeof apiOf>;
  let onB: ReturnType<typeof apiOf>;

  beforeAll(async () => {
    a = new Instance("127.0.0.1", await freePort());
    b = new Instance("localhost", await freePort());
    await Promise.all([a.start(), b.start()]);
    browser = await launchChromium();
    maya = await browser.newContext();
    rui = await browser.newContext();
    onA = apiOf(maya, a.url);
    onB = apiOf(rui, b.url);
    await onA("POST", "/setup", { instanceName: "Riverton", handle: "maya", name: "Maya", email: "maya@a.test", password: PASSWORD });
    await onB("POST", "/setup", { instanceName: "Lakeside", handle: "rui", name: "Rui", email: "rui@b.test", password: PASSWORD });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    for (const i of [a, b]) if (i) rmSync(i.dataDir, { recursive: true, force: true });
  });

  /** A proposal its maintainer accepts at once, through the API. */
  async function write(api: ReturnType<typeof apiOf>, slug: string, body: Record<string, unknown>) {
    const proposed = await api("POST", `/commons/${slug}/contributions`, { title: "Write", ...body });
    await api("POST", `/contributions/${proposed.id}/accept`, {});
  }

  it("carries a discussion, a reply, a need, a fork with its history and a change offered back, and survives A's kill -9", async () => {
    // A: a community with a commons of one document in two revisions.
    await onA("POST", "/organizations", { kind: "community", slug: "seed-circle", name: "Seed circle", joinPolicy: "open" });
    await onA("POST", "/commons", { slug: "garden-guide", title: "Garden guide", licence: "CC-BY-SA-4.0", community: "seed-circle" });
    await write(onA, "garden-guide", { type: "new_document", path: "soil", documentTitle: "Soil", content: "# Soil\n\nLoam.\n" });
    await write(onA, "garden-guide", { type: "edit", document: "soil", baseRevision: 1, content: "# Soil\n\nLoam and clay.\n" });

    // B follows A's community by its page's address (WebFinger is https-only; these instances speak http).
    await onB("POST", "/federation/follows", { handle: `${a.url}/orgs/seed-circle` });
    await expect
      .poll(async () => (await onB("GET", "/federation/follows")).items.map((f: any) => [f.handle, f.status]), SLOW)
      .toEqual([[`@seed-circle@${new URL(a.url).host}`, "accepted"]]);

    // A's new discussion reaches B; B's reply reaches A under Rui's handle there.
    const commons = await onA("GET", "/commons/garden-guide");
    const thread = await onA("POST", "/threads", {
      subjectType: "commons",
      subjectId: commons.id,
      title: "Seed swap",
      body: "Who brings tomatoes?",
    });
    await expect.poll(async () => (await onB("GET", "/federation/feed")).items.map((p: any) => p.name), SLOW).toEqual(["Seed swap"]);
    const [page] = (await onB("GET", "/federation/feed")).items;
    await onB("POST", "/federation/replies", { inReplyTo: page.uri, body: "I do." });
    const comments = async () => (await onA("GET", `/threads/${thread.id}`)).comments.items as any[];
    await expect
      .poll(async () => (await comments()).map((c) => c.remoteAuthor?.handle ?? c.author?.handle), SLOW)
      .toEqual(["maya", `@rui@${new URL(b.url).host}`]);

    // A need crosses as a Proposal; Rui takes it up from B, A records him, and B keeps A's answer.
    const need = await onA("POST", "/organizations/seed-circle/needs", { type: "need", title: "Seed envelopes" });
    await expect
      .poll(async () => (await onB("GET", "/federation/feed")).items.map((p: any) => [p.type, p.name]), SLOW)
      .toContainEqual(["Proposal", "Seed envelopes"]);
    const proposal = (await onB("GET", "/federation/feed")).items.find((p: any) => p.type === "Proposal");
    await onB("POST", "/federation/take-ups", { proposal: proposal.uri });
    await expect
      .poll(async () => (await onA("GET", `/needs/${need.id}`)).remoteTakers.map((t: any) => t.handle), SLOW)
      .toEqual([`@rui@${new URL(b.url).host}`]);
    await expect
      .poll(async () => (await onB("GET", "/federation/take-ups")).items.map((u: any) => [u.title, u.status]), SLOW)
      .toEqual([["Seed envelopes", "accepted"]]);

    // B forks A's commons with its history; A lists the fork.
    await onB("POST", "/organizations", { kind: "community", slug: "rui-garden", name: "Rui's garden" });
    const fork = await onB("POST", "/federation/forks", {
      source: `${a.url}/commons/garden-guide`,
      slug: "garden-guide",
      community: "rui-garden",
    });
    expect(fork.forkedFromElsewhere.uri).toBe(`${a.url}/ap/commons/${commons.id}`);
    const history = await onB("GET", "/commons/garden-guide/documents/soil/revisions");
    expect(history.items.length).toBe(2);
    await expect
      .poll(async () => (await onA("GET", "/commons/garden-guide/remote-forks")).items.map((f: any) => f.by), SLOW)
      .toEqual([`@rui@${new URL(b.url).host}`]);

    // B improves the fork and offers it back; A's maintainer accepts it in the browser; B sees it accepted.
    await write(onB, "garden-guide", {
      type: "edit",
      document: "soil",
      baseRevision: 2,
      content: "# Soil\n\nLoam and clay.\n\nWater at dawn.\n",
    });
    await onB("POST", "/federation/offers", { commons: "garden-guide", path: "soil", revision: 3, title: "Watering" });
    const pending = async () => (await onA("GET", "/contributions?commons=garden-guide&status=pending")).items as any[];
    await expect.poll(async () => (await pending()).map((c) => c.remoteAuthor?.handle), SLOW).toEqual([`@rui@${new URL(b.url).host}`]);
    const [offered] = await pending();
    const tab = await maya.newPage();
    await tab.goto(`${a.url}/contributions/${offered.id}`);
    const accepted = tab.waitForResponse((r) => r.url().endsWith(`/api/contributions/${offered.id}/accept`) && r.status() === 200);
    await tab.getByRole("button", { name: "Accept and merge" }).click();
    await accepted;
    expect(await (await fetch(`${a.url}/api/commons/garden-guide/documents/soil/raw`)).text()).toBe(
      "# Soil\n\nLoam and clay.\n\nWater at dawn.\n",
    );
    await expect
      .poll(async () => (await onB("GET", "/commons/garden-guide/upstream-offers")).items.map((o: any) => o.status), SLOW)
      .toEqual(["accepted"]);

    // An unsigned delivery is refused.
    const unsigned = await fetch(`${a.url}/ap/inbox`, {
      method: "POST",
      headers: { "content-type": "application/activity+json" },
      body: JSON.stringify({ "@context": "https://www.w3.org/ns/activitystreams", type: "Create", actor: `${b.url}/ap/actors/x` }),
    });
    expect(unsigned.status).toBe(401);

    // A dies while B has replies to deliver; when A is back, each arrives, once.
    await a.kill();
    for (const n of [1, 2, 3]) await onB("POST", "/federation/replies", { inReplyTo: page.uri, body: `Reply ${n} while A was down.` });
    await a.start();
    await expect.poll(async () => (await comments()).length, { timeout: 90_000, interval: 500 }).toBe(5);
    // Nothing more arrives later (a second delivery would add a sixth comment).
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    // Delivered side by side after the restart, the three may arrive in any order.
    expect((await comments()).map((c) => c.body).sort()).toEqual([
      "I do.",
      "Reply 1 while A was down.",
      "Reply 2 while A was down.",
      "Reply 3 while A was down.",
      "Who brings tomatoes?",
    ]);
  }, 300_000);
});
