// WCAG 2.1 AA in a real browser: axe-core on every page, in both languages,
// for each role that sees it. Zero violations.
import { mkdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoFolderWithFollowupLink, type RunningApp, sessionCookie, startApp } from "./app-server";
import { launchChromium } from "./chromium";

const require = createRequire(import.meta.url);

// Screenshots of every page at phone, tablet and desktop width, kept by CI as artefacts.
const SCREENSHOTS = path.resolve(import.meta.dirname, "../../.ci-artifacts/screenshots");
const WIDTHS = {
  desktop: { width: 1280, height: 900 },
  "320": { width: 320, height: 640 },
  "768": { width: 768, height: 1024 },
};

/** Chart text is never drawn smaller than this, in CSS pixels, at any width. */
const SMALLEST_CHART_TEXT = 12;

interface Layout {
  scrollWidth: number;
  clientWidth: number;
  /** Elements that stick out to the right of the viewport, outside a scrolling box. */
  wide: string[];
  /** Chart texts drawn under SMALLEST_CHART_TEXT, with their size. */
  smallText: string[];
  /** Headings whose long words would break anywhere rather than between syllables. */
  unhyphenated: string[];
}

/** What WCAG 1.4.10 asks of the page at this width: no sideways scrolling, and legible charts. */
function measureLayout(page: Page, smallest: number): Promise<Layout> {
  return page.evaluate((smallest) => {
    const root = document.documentElement;
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.className && typeof e.className === "string" ? `.${e.className.split(" ").join(".")}` : ""}`;
    const scrolls = (e: Element | null): boolean => {
      for (let p = e?.parentElement; p; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if (overflow === "auto" || overflow === "scroll" || overflow === "hidden") return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5 && !scrolls(e))
      .slice(0, 5)
      .map(name);
    const smallText: string[] = [];
    for (const svg of document.querySelectorAll("svg")) {
      const box = svg.getBoundingClientRect();
      const viewBox = svg.viewBox.baseVal;
      if (box.width === 0 || !viewBox || viewBox.width === 0) continue; // not shown at this width
      const scale = box.width / viewBox.width;
      let smallestText = "";
      let smallestSize = Number.POSITIVE_INFINITY;
      for (const text of svg.querySelectorAll("text")) {
        if (!text.textContent?.trim()) continue;
        const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < smallestSize) [smallestText, smallestSize] = [text.textContent, size];
      }
      if (smallestSize < smallest - 0.01)
        smallText.push(
          `${svg.getAttribute("aria-label")}: "${smallestText}" ${smallestSize.toFixed(1)}px`,
        );
    }
    // A heading's long word breaks between syllables, where the browser can.
    const unhyphenated = [...document.querySelectorAll("h1, h2, h3")]
      .filter((h) => getComputedStyle(h).hyphens !== "auto")
      .slice(0, 5)
      .map(name);
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      wide,
      smallText,
      unhyphenated,
    };
  }, smallest);
}

function shotName(who: string, language: string, page: string, width: string): string {
  // a follow-up link's token differs on every run: one name for its screenshots
  const stable = page.replace(/^\/opvolging\/[\w-]+/, "/opvolging");
  const slug = stable.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "overzicht";
  return path.join(SCREENSHOTS, `${who}-${language}-${slug}-${width}.png`);
}

let app: RunningApp;
let dataDir: string;
/** The form behind a personal follow-up link, made in beforeAll. */
let followupPath: string;
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
  assessor: ["beoordelaar@demo.soc", "demo-beoordelaar-2026"],
} as const;

// Two of its plans above the budget line have no award in the demo: awarding adds them.
const AWARD_PAGE = "/beheer/beoordeling/groningen-2022";

const PAGES: Record<keyof typeof ACCOUNTS | "visitor", string[]> = {
  visitor: [
    "/inloggen",
    "/definities",
    "/definities/leverage",
    "/definities/itt",
    "/definities/followup_rate_12m",
    "/toegankelijkheid",
    "/privacy",
    // A demo edition's registration is long closed: the friendly closed page.
    "/aanmelden/groningen-2021",
    // and the 12-month follow-up form behind a personal link, with its thanks
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
    "/beheer/privacy",
    "/beheer/aanmeldingen/groningen-2020",
    "/account",
    "/evaluatie",
    "/edities/groningen-2020/kalibratie",
    "/edities/groningen-2020/brieven",
    // with the award section: plans scored above the budget line
    AWARD_PAGE,
  ],
  // and the scoring form of the demo assessor's first plan, found in beforeAll
  assessor: ["/beoordelen"],
  municipality: ["/", "/edities/groningen-2021", "/export", "/evaluatie"],
  researcher: [
    "/",
    "/edities/zwolle-2021",
    "/edities/zwolle-2021/kalibratie",
    "/evaluatie?municipality=Groningen&from=2022",
  ],
};

/** The path of the assessor's first plan, as their list links it. */
async function firstPlan(): Promise<string> {
  const list = await fetch(`${app.url}/beoordelen`, {
    headers: { Cookie: await sessionCookie(app, ...ACCOUNTS.assessor) },
  });
  const plan = /href="(\/beoordelen\/[^"/]+\/[^"]+)"/.exec(await list.text())?.[1];
  if (!plan) throw new Error("the demo assessor has no plan");
  return plan;
}

beforeAll(async () => {
  const folder = await demoFolderWithFollowupLink("groningen-2022", 12);
  ({ dataDir, followupPath } = folder);
  // the form, its thanks after sending, and the page that stops the e-mails
  PAGES.visitor.push(followupPath, `${followupPath}?bedankt`, `${followupPath}/afmelden`);
  app = await startApp(undefined, { dataDir });
  PAGES.assessor.push(await firstPlan());
  browser = await launchChromium();
  axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  await mkdir(SCREENSHOTS, { recursive: true });
  // Two commands and a start of the app, each opening PGlite: minutes on a busy machine.
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** axe-core's WCAG 2.1 A and AA violations on the page as it is now. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return (await page.evaluate(async () => {
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
}

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

// The administrator's fifteen pages, each at three widths with screenshots,
// took over the default minute on two cores shared with other work.
const PAGES_TIMEOUT = 180_000;

describe("accessibility (axe-core, WCAG 2.1 AA) and reflow at 320, 768 and 1280 px", () => {
  for (const language of ["nl", "en"] as const) {
    for (const who of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
      it(
        `has no violations for ${who} in ${language}`,
        async () => {
          const context = await contextFor(who, language);
          const page = await context.newPage();
          // a script that fails leaves a page that works only as plain HTML
          const scriptErrors: string[] = [];
          page.on("pageerror", (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
          const found: Record<string, Violation[]> = {};
          const layoutProblems: string[] = [];
          for (const path of PAGES[who]) {
            await page.setViewportSize(WIDTHS.desktop);
            const response = await page.goto(`${app.url}${path}`);
            expect(response?.status(), path).toBe(200);
            const violations = await axeViolations(page);
            if (violations.length) found[path] = violations;
            for (const [width, size] of Object.entries(WIDTHS)) {
              await page.setViewportSize(size);
              const layout = await measureLayout(page, SMALLEST_CHART_TEXT);
              if (layout.scrollWidth > layout.clientWidth)
                layoutProblems.push(
                  `${path} at ${size.width}px scrolls sideways (${layout.scrollWidth} > ${layout.clientWidth}): ${layout.wide.join(", ")}`,
                );
              for (const text of layout.smallText)
                layoutProblems.push(`${path} at ${size.width}px: chart text ${text}`);
              if (size.width === 320)
                for (const heading of layout.unhyphenated)
                  layoutProblems.push(`${path}: ${heading} is not hyphenated`);
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
          expect(layoutProblems).toEqual([]);
          expect(scriptErrors).toEqual([]);
        },
        PAGES_TIMEOUT,
      );
    }
  }
});

/**
 * axe's violations and sideways scrolling at every width of the page as it
 * is now, after a form was sent (a state no address reaches), with its
 * screenshots named `what`. Leaves the page at desktop width.
 */
async function stateProblems(
  page: Page,
  who: keyof typeof PAGES,
  language: "nl" | "en",
  what: string,
): Promise<string[]> {
  const problems = (await axeViolations(page)).map((v) => `${what}: ${v.id} ${v.help}`);
  for (const [width, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    const layout = await measureLayout(page, SMALLEST_CHART_TEXT);
    if (layout.scrollWidth > layout.clientWidth)
      problems.push(`${what} at ${size.width}px scrolls sideways: ${layout.wide.join(", ")}`);
    await page.screenshot({ path: shotName(who, language, what, width), fullPage: true });
  }
  await page.setViewportSize(WIDTHS.desktop);
  return problems;
}

describe("the scoring form's notices", () => {
  for (const [index, language] of (["nl", "en"] as const).entries()) {
    it(`has no violations and reflows: a saved draft and the list after submitting (${language})`, async () => {
      const context = await contextFor("assessor", language);
      const page = await context.newPage();
      await page.goto(`${app.url}/beoordelen`);
      // a plan of its own per language, not the first (the pages above): a
      // submitted plan takes no second submission
      await page
        .locator("tbody a")
        .nth(index + 1)
        .click();
      const scores = page.locator('input[name^="score_"]');
      await scores.first().fill("5");
      await page.locator("button[value=draft]").click();
      await page.locator("#melding").waitFor();
      const problems = await stateProblems(page, "assessor", language, "/beoordelen/concept");
      for (const score of await scores.all()) await score.fill("5");
      await page.locator("button[value=submit]").click();
      await page.waitForURL(/\/beoordelen\?ingediend=/);
      await page.locator("#melding").waitFor();
      problems.push(...(await stateProblems(page, "assessor", language, "/beoordelen/ingediend")));
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});

describe("the registration form", () => {
  beforeAll(async () => {
    // An administrator opens a demo edition's registration by hand.
    const context = await contextFor("admin", "nl");
    const page = await context.newPage();
    await page.goto(`${app.url}/beheer/aanmeldingen/groningen-2020`);
    await page.getByLabel("Open, ongeacht de data").check();
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await page.getByText("De instelling is opgeslagen.").waitFor();
    await context.close();
  });

  for (const language of ["nl", "en"] as const) {
    it(`has no violations, empty and with its errors, and reflows at 320 px (${language})`, async () => {
      const context = await contextFor("visitor", language);
      const page = await context.newPage();
      const problems: string[] = [];
      const check = async (what: string) =>
        problems.push(...(await stateProblems(page, "visitor", language, `/aanmelden/${what}`)));
      const response = await page.goto(`${app.url}/aanmelden/groningen-2020`);
      expect(response?.status()).toBe(200);
      await check("empty");
      await page.locator("#veld-email").fill("geen-adres");
      await page.locator("form.stacked-form button[type=submit]").click();
      await page.locator("#foutoverzicht").waitFor();
      // The summary takes the focus and links to the fields; each field says what is wrong.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("foutoverzicht");
      expect(await page.locator("#veld-initiative").getAttribute("aria-invalid")).toBe("true");
      expect(await page.locator("#veld-initiative").getAttribute("aria-describedby")).toContain(
        "veld-initiative-fout",
      );
      expect(await page.locator("#foutoverzicht a").count()).toBe(3);
      await check("with errors");
      // Corrected, with JavaScript running, it is stored.
      await page.locator("#veld-initiative").fill(`Buurtsoep (${language})`);
      await page.locator("#veld-email").fill("anna@example.nl");
      await page.locator("#veld-toestemming").check();
      await page.locator("form.stacked-form button[type=submit]").click();
      await page.waitForURL(/bedankt/);
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  it("works without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/aanmelden/groningen-2020`);
    await page.locator("#veld-initiative").fill("Buurtsoep zonder script");
    await page.locator("#veld-toestemming").check();
    await page.locator("form.stacked-form button[type=submit]").click();
    await page.waitForURL(/bedankt/);
    expect(await page.locator("h1").textContent()).toBe("Bedankt voor uw aanmelding");
    await context.close();
  });
});

describe("answers to a sent form", () => {
  for (const language of ["nl", "en"] as const) {
    it(`has no violations and reflows: the follow-up form with its errors (${language})`, async () => {
      const context = await contextFor("visitor", language);
      const page = await context.newPage();
      await page.goto(`${app.url}${followupPath}`);
      // sent empty: the required outcome fields are missing
      await page.locator("form.stacked-form button[type=submit]").click();
      await page.locator("#foutoverzicht").waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("foutoverzicht");
      const problems = await stateProblems(page, "visitor", language, "/opvolging-met-fouten");
      await context.close();
      expect(problems).toEqual([]);
    });

    it(`has no violations and reflows: the award section's answer and its undo (${language})`, async () => {
      const context = await contextFor("admin", language);
      const page = await context.newPage();
      await page.goto(`${app.url}${AWARD_PAGE}`);
      await page.locator("#toekennen ~ form button").click();
      await page.locator("#melding").waitFor();
      const problems = await stateProblems(page, "admin", language, `${AWARD_PAGE}/toegekend`);
      // and undone again, as the page offers right after
      await page.locator("form:has(input[value=undo_award]) button").click();
      await page.getByText(/ongedaan gemaakt|undone/).waitFor();
      problems.push(...(await stateProblems(page, "admin", language, `${AWARD_PAGE}/ongedaan`)));
      await context.close();
      expect(problems).toEqual([]);
    });
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

describe("the menu at 320 px", () => {
  for (const javaScript of [true, false]) {
    it(`opens and leads to every page by keyboard ${javaScript ? "with" : "without"} JavaScript`, async () => {
      const context = await browser.newContext({
        javaScriptEnabled: javaScript,
        viewport: { width: 320, height: 640 },
      });
      const [email, password] = ACCOUNTS.admin;
      const cookie = await sessionCookie(app, email, password);
      const split = cookie.indexOf("=");
      await context.addCookies([
        { name: cookie.slice(0, split), value: cookie.slice(split + 1), url: app.url },
      ]);
      const page = await context.newPage();
      await page.goto(`${app.url}/`);
      const active = () =>
        page.evaluate(() => ({
          text: document.activeElement?.textContent?.trim() ?? "",
          visible: (document.activeElement as HTMLElement | null)?.checkVisibility() ?? false,
        }));
      // skip link, the site's name, then the menu button: the links wait folded inside
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await active()).toEqual({ text: "Menu", visible: true });
      await page.keyboard.press("Enter");
      const names: string[] = [];
      for (let i = 0; i < 9; i++) {
        await page.keyboard.press("Tab");
        const focus = await active();
        expect(focus.visible).toBe(true);
        names.push(focus.text);
      }
      expect(names).toEqual([
        "Overzicht",
        "Evaluatie",
        "Definities",
        "Importeren",
        "Exporteren",
        "Gebruikers",
        "Privacy",
        "Demo Buro Bries",
        "Uitloggen",
      ]);
      // back to Gebruikers, and there
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+Tab");
      expect((await active()).text).toBe("Gebruikers");
      await page.keyboard.press("Enter");
      await page.waitForURL(`${app.url}/beheer/gebruikers`);
      // the page does not scroll sideways with the menu open either
      await page.getByText("Menu", { exact: true }).click();
      const layout = await measureLayout(page, SMALLEST_CHART_TEXT);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      await page.screenshot({
        path: path.join(SCREENSHOTS, `menu-open-${javaScript ? "js" : "nojs"}-320.png`),
      });
      await context.close();
    });
  }
});

describe("text spacing and zoom", () => {
  // WCAG 1.4.12: line height 1.5, paragraphs 2em apart, letters 0.12em and words 0.16em.
  const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;
  it("keeps every administrator's page free of sideways scrolling with wider text spacing at 320 px and at 200% zoom", async () => {
    const context = await contextFor("admin", "nl");
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of [...PAGES.visitor, ...PAGES.admin]) {
      await page.goto(`${app.url}${path}`);
      await page.addStyleTag({ content: SPACING });
      // 320 px with the spacing; 640 px is a 1280 px window at 200% zoom (WCAG 1.4.4)
      for (const width of [320, 640]) {
        await page.setViewportSize({ width, height: 800 });
        const layout = await measureLayout(page, SMALLEST_CHART_TEXT);
        if (layout.scrollWidth > layout.clientWidth)
          problems.push(`${path} at ${width}px: ${layout.wide.join(", ")}`);
      }
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, "text-spacing-account-640.png") });
    await context.close();
    expect(problems).toEqual([]);
  });
});
