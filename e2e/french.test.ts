import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const headingShows = (page: Page, name: string) =>
  expect.poll(() => page.getByRole("heading", { name }).first().isVisible(), { timeout: 10_000, message: `heading ${name}` }).toBe(true);

describe.skipIf(!run)("the web app in French, from the browser's language, and back to English with the picker", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    await setUpInstance(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("signs up, reads the next steps and changes the password in French, then switches to English and stays there", async () => {
    const context = await stack.browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(stack.server.url);
    await expect.poll(() => htmlLang(page)).toBe("fr");
    await expect.poll(() => page.getByLabel("Langue").inputValue()).toBe("fr");

    // Sign up through the French form.
    await page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "S’inscrire" }).click();
    await headingShows(page, "Rejoindre Riverton");
    // A handle already taken: the server's own refusal, written in French, under the field.
    await page.getByLabel("Identifiant").fill("admin");
    await page.getByLabel("Nom", { exact: true }).fill("Zoé Martin");
    await page.getByLabel("Adresse e-mail").fill("zoe@example.test");
    await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "S’inscrire" }).click();
    await visible(page, "Cet identifiant est déjà pris.");
    await page.getByLabel("Identifiant").fill("zoe");
    await page.getByRole("button", { name: "S’inscrire" }).click();

    // The next steps: a commons, an edit, an organization.
    await headingShows(page, "Bienvenue, Zoé Martin");
    await visible(page, "Trouver un commun");
    await expect.poll(() => page.getByRole("link", { name: "Parcourir les communs" }).getAttribute("href")).toBe("/commons");
    await visible(page, /appuyez sur «\s?Proposer une modification\s?»/);
    await expect.poll(() => page.getByRole("link", { name: "Trouver des organisations" }).getAttribute("href")).toBe("/orgs");

    // The account page, and its password form.
    await page
      .getByRole("navigation", { name: "Principale" })
      .getByRole("link", { name: /Zoé Martin/ })
      .click();
    await headingShows(page, "Votre compte");
    const password = page.locator("#password");
    await password.getByLabel("Mot de passe actuel").fill(PASSWORD);
    await password.getByLabel("Nouveau mot de passe").fill(`${PASSWORD} renouvelée`);
    await password.getByRole("button", { name: "Changer le mot de passe" }).click();
    await visible(password, "Mot de passe modifié.");

    // The picker switches the page to English at once, <html lang> with it.
    await page.getByLabel("Langue").selectOption("en");
    await headingShows(page, "Your account");
    await visible(password, "Change password");
    await expect.poll(() => htmlLang(page)).toBe("en");

    // The choice outlives the page, although the browser still prefers French.
    await page.reload();
    await headingShows(page, "Your account");
    await expect.poll(() => page.getByLabel("Language").inputValue()).toBe("en");
    await context.close();
  });

  it("shows English to a browser that prefers English", async () => {
    const context = await stack.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(stack.server.url);
    await visible(page.getByRole("navigation", { name: "Main" }), "Sign up");
    await visible(page, "Create an account");
    await expect.poll(() => htmlLang(page)).toBe("en");
    await expect.poll(() => page.getByLabel("Language").inputValue()).toBe("en");
    await context.close();
  });
});
