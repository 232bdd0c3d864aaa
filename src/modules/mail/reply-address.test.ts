import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { isAutomatic } from "./reply.ts";
import { parseReplyAddress, replyAddress } from "./reply-address.ts";
import { replyText } from "./reply-text.ts";

const secret = "a-test-key-of-this-instance";
const domain = "reply.triarchy.test";
const made = (mailId: number) => replyAddress({ mailId, secret, replyDomain: domain }) as string;

describe("reply addresses", () => {
  it("names the outbox row and signs it, in a local part mail systems keep", () => {
    const address = made(1234567);
    expect(address).toMatch(/^reply\+[0-9a-z]+\.[0-9a-f]{24}@reply\.triarchy\.test$/);
    expect(address.split("@")[0]?.length).toBeLessThanOrEqual(64);
    expect((made(Number.MAX_SAFE_INTEGER).split("@")[0] ?? "").length).toBeLessThanOrEqual(64);
    expect(parseReplyAddress(secret, address, domain)).toBe(1234567);
    expect(parseReplyAddress(secret, address)).toBe(1234567);
  });

  it("reads an address whatever its case", () => {
    expect(parseReplyAddress(secret, made(42).toLowerCase(), domain)).toBe(42);
    expect(parseReplyAddress(secret, made(42).toUpperCase(), domain)).toBe(42);
  });

  it("refuses an altered, forged, cut or foreign address", () => {
    const address = made(42);
    const [local = "", at = ""] = address.split("@");
    const mac = local.split(".")[1] ?? "";
    const flipped = `${mac.slice(0, -1)}${mac.endsWith("0") ? "1" : "0"}`;
    expect(parseReplyAddress(secret, `reply+${(43).toString(36)}.${mac}@${at}`, domain)).toBeNull(); // another row
    expect(parseReplyAddress(secret, `reply+${(42).toString(36)}.${flipped}@${at}`, domain)).toBeNull(); // a forged MAC
    expect(parseReplyAddress(secret, `reply+0${(42).toString(36)}.${mac}@${at}`, domain)).toBeNull(); // the same id spelt otherwise
    expect(parseReplyAddress(secret, `reply+${(42).toString(36)}.${mac.slice(0, -2)}@${at}`, domain)).toBeNull(); // cut
    expect(parseReplyAddress(secret, `${local}@elsewhere.test`, domain)).toBeNull();
    expect(parseReplyAddress("another-instance-key", address, domain)).toBeNull();
    expect(parseReplyAddress(secret, "postmaster@reply.triarchy.test", domain)).toBeNull();
    expect(parseReplyAddress(secret, "no-at-sign", domain)).toBeNull();
  });

  it("is not offered when the server takes no mail in", () => {
    expect(replyAddress({ mailId: 1, secret, replyDomain: undefined })).toBeUndefined();
  });
});

describe("what a reply says", () => {
  it("drops the quote, the signature and the line that introduces the quote", () => {
    const text = [
      "Thanks, I will check the pump on Monday.",
      "",
      "Bring the spare gasket.",
      "",
      "-- ",
      "Ada Lovelace",
      "Analytical Engines",
      "",
      "On Tue, 3 Jun 2025 at 10:00, Triarchy <notify@triarchy.test> wrote:",
      "> Bob replied in Pump:",
      "> Who knows pumps?",
    ].join("\r\n");
    expect(replyText(text)).toBe("Thanks, I will check the pump on Monday.\n\nBring the spare gasket.");
  });

  it("drops an introduction wrapped over two lines, and reads French", () => {
    expect(replyText("Yes.\n\nOn Tue, 3 Jun 2025 at 10:00, Some Long Name\n<notify@triarchy.test> wrote:\n")).toBe("Yes.");
    expect(replyText("Oui.\n\nLe mar. 3 juin 2025 à 10:00, Triarchy <notify@triarchy.test> a écrit :\n> Bonjour")).toBe("Oui.");
    expect(replyText("Sure.\n\nSent from my phone")).toBe("Sure.");
  });

  it("leaves nothing of a reply that only quotes", () => {
    expect(replyText("\n\nOn Tue, 3 Jun 2025, Triarchy wrote:\n> Who knows pumps?\n")).toBe("");
  });
});

describe("automatic messages", () => {
  it("are bounces, auto-submitted messages and bulk mail; a person's reply is not", () => {
    expect(isAutomatic({ envelopeFrom: "ada@example.test" })).toBe(false);
    expect(isAutomatic({ envelopeFrom: "ada@example.test", autoSubmitted: "no" })).toBe(false);
    expect(isAutomatic({ envelopeFrom: "" })).toBe(true);
    expect(isAutomatic({ envelopeFrom: "ada@example.test", autoSubmitted: "auto-replied" })).toBe(true);
    expect(isAutomatic({ envelopeFrom: "ada@example.test", precedence: "bulk" })).toBe(true);
  });
});

describe("the inbound settings", () => {
  it("are off by default, and need a reply domain when a port is set", () => {
    expect(loadConfig({}).inbound).toBeUndefined();
    expect(loadConfig({ INBOUND_SMTP_PORT: "" }).inbound).toBeUndefined();
    expect(() => loadConfig({ INBOUND_SMTP_PORT: "2525" })).toThrow(/REPLY_DOMAIN/);
    expect(loadConfig({ INBOUND_SMTP_PORT: "2525", REPLY_DOMAIN: "Reply.Example.org" }).inbound).toEqual({
      port: 2525,
      host: "127.0.0.1",
      domain: "reply.example.org",
    });
    expect(() => loadConfig({ INBOUND_SMTP_PORT: "2525", REPLY_DOMAIN: "not a domain" })).toThrow(/REPLY_DOMAIN/);
  });
});
