// The factsheet PDF from the running app: two A4 pages whose text carries the
// same figures as the metrics JSON, and public links that can be revoked.
import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatEuro, formatNumber } from "../../core/format";
import { buildDemoDataset } from "../../seeds/demo";
import { type RunningApp, sessionCookie, startApp } from "./app-server";
import { launchChromium } from "./chromium";

let app: RunningApp;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  cookie = await sessionCookie(app, "beheer@demo.soc", "demo-beheer-2026");
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function pdfText(url: string): Promise<{ pages: string; size: string; text: string }> {
  const response = await fetch(url, { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/pdf");
  const file = path.join(await mkdtemp(path.join(tmpdir(), "impact-pdf-")), "factsheet.pdf");
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return {
    pages: /Pages:\s+(\d+)/.exec(info)?.[1] ?? "",
    size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? "",
    // pdftotext keeps the no-break space after the euro sign
    text: text.replace(/\u00a0/g, " "),
  };
}

describe("the factsheet PDF", () => {
  it("has two A4 pages with the headline figures of the metrics JSON, as text", async () => {
    const pdf = await pdfText(`${app.url}/edities/groningen-2020/factsheet.pdf`);
    expect(pdf.pages).toBe("2");
    // A4 is 595.28 x 841.89 points; Chromium rounds to whole CSS pixels
    const [width, height] = pdf.size.split(" x ").map(Number);
    expect(Math.abs((width ?? 0) - 595.28)).toBeLessThan(1.5);
    expect(Math.abs((height ?? 0) - 841.89)).toBeLessThan(1.5);
    const api = await fetch(`${app.url}/api/metrics?edition=groningen-2020`, {
      headers: { Cookie: cookie },
    });
    const json = await api.json();
    const m = json.editions[0].metrics;
    expect(pdf.text).toContain("Factsheet SOC Groningen 2020");
    expect(pdf.text).toContain(formatNumber(m.registrations, "nl"));
    expect(pdf.text).toContain(formatNumber(m.awarded, "nl"));
    expect(pdf.text).toContain(formatEuro(m.microcredit_total, "nl").replace("\u00a0", " "));
    expect(pdf.text).toContain(formatNumber(m.leverage, "nl", 2));
  });

  it("holds no e-mail address, unconsented quote or unpublished story", async () => {
    const { text } = await pdfText(`${app.url}/edities/groningen-2020/factsheet.pdf?taal=en`);
    const demo = buildDemoDataset();
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    const surveys = demo.surveys.filter((s) => s.edition_id === "groningen-2020");
    const consented = new Set(surveys.filter((s) => s.quote_consent).map((s) => s.quote));
    for (const s of surveys.filter((s) => !s.quote_consent && s.quote && !consented.has(s.quote))) {
      // pdftotext may wrap a long quote: compare its opening words
      expect(text).not.toContain((s.quote as string).split(" ").slice(0, 5).join(" "));
    }
    for (const story of demo.stories.filter(
      (s) => s.edition_id === "groningen-2020" && !s.published,
    )) {
      expect(text).not.toContain(story.title);
    }
  });

  it("is published under a public link that works until it is revoked", async () => {
    const context = await browser.newContext();
    const split = cookie.indexOf("=");
    await context.addCookies([
      { name: cookie.slice(0, split), value: cookie.slice(split + 1), url: app.url },
    ]);
    const page = await context.newPage();
    await page.goto(`${app.url}/edities/groningen-2020/factsheet`);
    await page.getByRole("button", { name: "Openbare link maken" }).click();
    const link = page.getByRole("link", { name: /^\/publiek\// });
    await link.waitFor();
    const href = (await link.getAttribute("href")) as string;
    const publicPage = await fetch(`${app.url}${href}`);
    expect(publicPage.status).toBe(200);
    expect(await publicPage.text()).toContain("Openbare versie");
    expect((await pdfText(`${app.url}${href}/pdf`)).pages).toBe("2");
    await page.getByRole("button", { name: "Intrekken" }).click();
    await page.getByText("ingetrokken").first().waitFor();
    expect((await fetch(`${app.url}${href}`)).status).toBe(404);
    expect((await fetch(`${app.url}${href}/pdf`)).status).toBe(404);
    await context.close();
  });
});
