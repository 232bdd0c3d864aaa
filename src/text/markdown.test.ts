import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.ts";

describe("renderMarkdown", () => {
  it("puts a table in a box that scrolls sideways and takes keyboard focus", () => {
    const html = renderMarkdown("| Part | Qty |\n| --- | ---: |\n| Bolt | 4 |\n");
    expect(html).toMatch(/^<div class="table-scroll" tabindex="0">\s*<table>/);
    expect(html).toContain('<td style="text-align:right">4</td>');
    expect(html.trim()).toMatch(/<\/table>\s*<\/div>$/);
  });

  it("shows raw HTML as text, so a writer cannot make focusable boxes, scripts or handlers of their own", () => {
    const html = renderMarkdown('<div class="table-scroll" tabindex="0" onclick="x()">a</div>\n\n<script>alert(1)</script>');
    expect(html).not.toContain("<div");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;div");
  });

  it("makes no javascript: link", () => {
    expect(renderMarkdown("[x](javascript:alert(1)) <javascript:alert(2)>")).not.toMatch(/href="javascript/i);
  });
});
