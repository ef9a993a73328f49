// WCAG 2.1 AA in a real browser: axe-core on every page, in both languages,
// for each role that sees it. Zero violations.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, sessionCookie, startApp } from "./app-server";
import { launchChromium } from "./chromium";

const require = createRequire(import.meta.url);

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
  visitor: ["/inloggen", "/definities", "/definities/leverage", "/toegankelijkheid"],
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
  ],
  municipality: ["/", "/edities/groningen-2021", "/export"],
  researcher: ["/", "/edities/zwolle-2021"],
};

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
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
        const found: Record<string, Violation[]> = {};
        for (const path of PAGES[who]) {
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
        }
        await context.close();
        const summary = Object.entries(found).map(([path, list]) =>
          list.map(
            (v) =>
              `${path}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          ),
        );
        expect(summary.flat()).toEqual([]);
      });
    }
  }
});
