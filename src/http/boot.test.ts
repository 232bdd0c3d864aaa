import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PersonSchema } from "../modules/accounts/views.ts";
import { InstanceSchema } from "../modules/instance/views.ts";
import { ensureInstance, makePerson, PASSWORD } from "../test/factories.ts";
import { setupApi } from "../test/harness.ts";

// A stand-in for the built web app: the server reads index.html once, when the app is created.
const webDist = mkdtempSync(join(tmpdir(), "triarchy-boot-"));
writeFileSync(join(webDist, "index.html"), '<!doctype html><html><head><title>T</title></head><body><div id="root"></div></body></html>');

const api = setupApi({ webDist });

const BOOT = /<script type="application\/json" id="boot">([^<]*)<\/script>/;

/** The page's boot block, parsed as the web app parses it. */
function bootOf(html: string) {
  const found = BOOT.exec(html);
  if (!found?.[1]) throw new Error(`no boot block in ${html}`);
  return JSON.parse(found[1]);
}

const signUp = async (handle: string, name: string) => {
  const browser = api.browser();
  const res = await browser.call("POST", "/api/auth/signup", { handle, name, email: `${handle}@example.test`, password: PASSWORD });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return browser;
};

describe("index.html carries the instance and the signed-in person, so the first paint needs no API call", () => {
  it("gives a signed-in browser its own person and CSRF token, without the email, and nothing of anyone else", async () => {
    await ensureInstance(api.db);
    const other = await makePerson(api.db);
    const browser = await signUp("bootada", "Ada Boot");
    const res = await browser.call("GET", "/commons/anything");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = String(res.body);
    const boot = bootOf(html);
    expect(InstanceSchema.parse(boot.instance)).toEqual(boot.instance);
    expect(PersonSchema.strict().parse(boot.person)).toMatchObject({ handle: "bootada", name: "Ada Boot" });
    expect(boot.csrfToken).toBe(browser.csrfToken);
    expect(Object.keys(boot).sort()).toEqual(["csrfToken", "instance", "person"]);
    expect(html).not.toContain("bootada@example.test");
    expect(html).not.toContain("@example.test");
    expect(html).not.toContain(other.handle);
    expect(html).not.toContain(other.id);
  });

  it("gives a signed-out browser, or one with a stale cookie, no person", async () => {
    await ensureInstance(api.db);
    const anonymous = await api.call("GET", "/");
    expect(bootOf(String(anonymous.body))).toMatchObject({ person: null, csrfToken: null, instance: { setUp: true } });
    const stale = await api.call("GET", "/", { headers: { cookie: "triarchy_session=not-a-session" } });
    expect(bootOf(String(stale.body))).toMatchObject({ person: null, csrfToken: null });
  });

  it("keeps a name that looks like markup inside the data block", async () => {
    await ensureInstance(api.db);
    const name = "</script><script>alert(1)</script> $& <!--";
    const browser = await signUp("bootmallory", name);
    const html = String((await browser.call("GET", "/")).body);
    expect(bootOf(html).person.name).toBe(name);
    // The only closing script tag is the block's own: the name did not end it.
    expect(html.split("</script>")).toHaveLength(2);
    expect(html).not.toContain("<!--");
  });
});
