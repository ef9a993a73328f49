// WCAG 2.1 AA in a real browser: axe-core on every page, in both languages,
// for each role that sees it. Zero violations.
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, sessionCookie, startApp } from "./app-server";
import { launchChromium } from "./chromium";

const require = createRequire(import.meta.url);

// Screenshots of every page at desktop and phone width, kept by CI as artefacts.
const SCREENSHOTS = path.resolve(import.meta.dirname, "../../.ci-artifacts/screenshots");
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

function shotName(who: string, language: string, page: string, width: string): string {
  const slug = page.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "overzicht";
  return path.join(SCREENSHOTS, `${who}-${language}-${slug}-${width}.png`);
}

let app: RunningApp;
let browser: Browser;
let axeSource: string;

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

const ACCOUNTS = {
  admin: ["beheer@demo.soc", "demo-beheer-2026"],
  municipality: ["groningen@demo.soc", "demo-groningen-2026"],
  researcher: ["onderzoek@demo.soc", "demo-onderzoek-2026"],
} as const;

const PAGES: Record<keyof typeof ACCOUNTS | "visitor", string[]> = {
  visitor: [
    "/inloggen",
    "/definities",
    "/definities/leverage",
    "/definities/itt",
    "/toegankelijkheid",
  ],
  admin: [
    "/",
    "/?municipality=Groningen&from=2019",
    "/gemeenten/groningen",
    "/edities/groningen-2020",
    "/edities/groningen-2020/factsheet",
    "/import",
    "/export",
    "/beheer/gebruikers",
    "/account",
    "/evaluatie",
  ],
  municipality: ["/", "/edities/groningen-2021", "/export", "/evaluatie"],
  researcher: ["/", "/edities/zwolle-2021", "/evaluatie?municipality=Groningen&from=2022"],
};

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function contextFor(who: keyof typeof PAGES, language: "nl" | "en"): Promise<BrowserContext> {
  // axe is injected by the test, not by the page: the page's CSP would refuse it.
  const context = await browser.newContext({ bypassCSP: true });
  const cookies: { name: string; value: string; url: string }[] = [];
  const add = (cookie: string) => {
    const split = cookie.indexOf("=");
    cookies.push({ name: cookie.slice(0, split), value: cookie.slice(split + 1), url: app.url });
  };
  if (who !== "visitor") {
    const [email, password] = ACCOUNTS[who];
    add(await sessionCookie(app, email, password));
  }
  if (language === "en") {
    const response = await fetch(`${app.url}/taal`, {
      method: "POST",
      body: new URLSearchParams({ taal: "en", terug: "/" }),
      headers: { Origin: app.url },
      redirect: "manual",
    });
    add((response.headers.get("Set-Cookie") ?? "").split(";")[0] as string);
  }
  await context.addCookies(cookies);
  return context;
}

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  for (const language of ["nl", "en"] as const) {
    for (const who of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
      it(`has no violations for ${who} in ${language}`, async () => {
        const context = await contextFor(who, language);
        const page = await context.newPage();
        // a script that fails leaves a page that works only as plain HTML
        const scriptErrors: string[] = [];
        page.on("pageerror", (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
        const found: Record<string, Violation[]> = {};
        for (const path of PAGES[who]) {
          await page.setViewportSize(WIDTHS.desktop);
          const response = await page.goto(`${app.url}${path}`);
          expect(response?.status(), path).toBe(200);
          await page.evaluate(axeSource);
          const violations = (await page.evaluate(async () => {
            const axe = (
              globalThis as unknown as {
                axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> };
              }
            ).axe;
            const result = await axe.run({
              runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            return result.violations;
          })) as Violation[];
          if (violations.length) found[path] = violations;
          for (const [width, size] of Object.entries(WIDTHS)) {
            await page.setViewportSize(size);
            await page.screenshot({ path: shotName(who, language, path, width), fullPage: true });
          }
        }
        await context.close();
        const summary = Object.entries(found).map(([path, list]) =>
          list.map(
            (v) =>
              `${path}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          ),
        );
        expect(summary.flat()).toEqual([]);
        expect(scriptErrors).toEqual([]);
      });
    }
  }
});

describe("keyboard only", () => {
  it("skips to the content, logs in and filters without a mouse", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Naar de inhoud");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inhoud");
    // from the content, Tab reaches the login form in reading order
    await page.getByLabel("E-mailadres").focus();
    await page.keyboard.type("groningen@demo.soc");
    await page.keyboard.press("Tab");
    await page.keyboard.type("demo-groningen-2026");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${app.url}/`);
    await page.getByLabel("Van jaar").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Toon");
    await page.keyboard.press("Enter");
    await page.waitForURL(/from=\d{4}/);
    // the focus ring is visible: an outline, not none
    await page.getByRole("link", { name: "Alles tonen" }).focus();
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe("none");
    await context.close();
  });
});
