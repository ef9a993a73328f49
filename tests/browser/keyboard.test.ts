// Keyboard only, through the long tasks: import, factsheet and export. After
// the login page, every step is Tab, Shift+Tab, Enter, Space or an arrow key:
// no clicks, no jumps by URL. Every control Tab passes must show its focus.
// The tests also hold the server's answer back for a moment, to see the
// progress the page shows meanwhile, and cut it off, to see the error.
import { readFile } from "node:fs/promises";
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Download,
  Page,
  Request,
  Route,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook, records, sheetOf } from "../exports/export-files";
import { type RunningApp, sessionCookie, startApp } from "./app-server";
import { launchChromium } from "./chromium";

let app: RunningApp;
let browser: Browser;
/** Uncaught errors of the pages' scripts: a page that fails to start works only as plain HTML. */
const pageErrors: string[] = [];

async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  context.on("page", (page) =>
    page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`)),
  );
  return context;
}

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Focused {
  tag: string;
  name: string;
  /** The focus indicator is drawn: :focus-visible matches and the outline is not none. */
  visible: boolean;
}

/** What has the focus: its tag, its accessible name as a person reads it, and its focus ring. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: "body", name: "", visible: false };
    const labels = (element as HTMLInputElement).labels;
    const name =
      element.getAttribute("aria-label") ?? labels?.[0]?.textContent ?? element.textContent ?? "";
    return {
      tag: element.tagName.toLowerCase(),
      name: name.replace(/\s+/g, " ").trim(),
      visible:
        element.matches(":focus-visible") && getComputedStyle(element).outlineStyle !== "none",
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on the control named `name`
 * (and of tag `tag`, if given). Fails on a control without a visible focus on
 * the way, and when the control is not reached in `max` presses.
 */
async function tabTo(
  page: Page,
  name: string | RegExp,
  { tag, back = false, max = 100 }: { tag?: string; back?: boolean; max?: number } = {},
): Promise<void> {
  const unseen: string[] = [];
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    if (now.tag === "body") continue;
    if (!now.visible) unseen.push(`${now.tag} "${now.name}"`);
    const named = typeof name === "string" ? now.name === name : name.test(now.name);
    if (named && (!tag || now.tag === tag)) {
      expect(unseen, "controls without a visible focus").toEqual([]);
      return;
    }
  }
  throw new Error(`"${name}" not reached with ${max} presses of ${back ? "Shift+Tab" : "Tab"}`);
}

/** Waits for the page's h1 to read `text`: client navigation renders after the URL changes. */
async function seeHeading(page: Page, text: string | RegExp) {
  await page.getByRole("heading", { level: 1, name: text }).waitFor({ timeout: 10_000 });
}

/** The live region's text, once it reads `text`. */
async function seeStatus(page: Page, text: string | RegExp) {
  await page.getByRole("status").filter({ hasText: text }).waitFor({ timeout: 10_000 });
}

/**
 * Opened by URL, a page's scripts start after it loaded; before that a
 * form posts the old way. Waits until Remix runs the page.
 */
async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(`${app.url}${path}`);
  // React marks the elements it has taken over
  await page.waitForFunction(() =>
    Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react")),
  );
}

/**
 * The login page is the only page opened by URL; from there on, the
 * keyboard. Ends on the role's start page: `start`, headed `heading`.
 */
async function logInByKeyboard(
  page: Page,
  email: string,
  password: string,
  { start = "/", heading = "Overzicht" }: { start?: string; heading?: string } = {},
): Promise<void> {
  await openHydrated(page, "/inloggen");
  await tabTo(page, "E-mailadres");
  await page.keyboard.type(email);
  await tabTo(page, "Wachtwoord");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await page.waitForURL(`${app.url}${start}`);
  await seeHeading(page, heading);
}

/**
 * Holds back the requests `matches` picks until release() is called, so a
 * test can see the page while it waits. Resolves `held` with the first one.
 */
async function holdRequests(page: Page, matches: (request: Request) => boolean) {
  const waiting: Route[] = [];
  let arrived: () => void = () => {};
  const held = new Promise<void>((resolve, reject) => {
    // Say where the focus was: a key pressed elsewhere sends nothing.
    const timer = setTimeout(async () => {
      const where = await focused(page).catch(() => undefined);
      reject(new Error(`the request was not made within 15 s; focus: ${JSON.stringify(where)}`));
    }, 15_000);
    arrived = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  await page.route("**/*", async (route) => {
    if (!matches(route.request())) return route.fallback();
    waiting.push(route);
    arrived();
  });
  return {
    held,
    count: () => waiting.length,
    release: async () => {
      await Promise.all(waiting.map((route) => route.continue()));
      await page.unroute("**/*");
    },
  };
}

function pathIs(path: string, method = "GET") {
  return (request: Request) =>
    new URL(request.url()).pathname === path && request.method() === method;
}

/** A form the page's scripts submit: Remix posts it to the route's data URL. */
const submissionTo = (path: string) => pathIs(`${path}.data`, "POST");

async function downloaded(download: Download): Promise<Buffer> {
  return readFile((await download.path()) as string);
}

const NEW_EDITION = "editie_id;gemeente;jaar;budget_eur\nzutphen-2024;Zutphen;2024;45.000\n";

describe("keyboard only, with progress", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
    await logInByKeyboard(page, "beheer@demo.soc", "demo-beheer-2026");
  });

  afterAll(async () => {
    await context?.close();
  });

  it("imports a file as administrator: check, report, confirm, history, undo", async () => {
    // a new page starts the focus at its content: the menu is just before it
    await tabTo(page, "Importeren", { tag: "a", back: true, max: 10 });
    await page.keyboard.press("Enter");
    await seeHeading(page, "Gegevens importeren");
    expect((await focused(page)).tag).toBe("main");

    await tabTo(page, "Bestand (.xlsx of .csv)");
    // the operating system's file dialog is out of the page's reach: set the file on the focused input
    await page.locator(":focus").setInputFiles({
      name: "edities.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(NEW_EDITION),
    });
    await tabTo(page, "Controleren");
    const check = await holdRequests(page, submissionTo("/import"));
    await page.keyboard.press("Enter");
    await check.held;
    await seeStatus(page, "Bestand wordt gecontroleerd…");
    expect(await page.getByRole("button", { name: "Controleren" }).isDisabled()).toBe(true);
    await page.keyboard.press("Enter"); // a second press while it waits sends nothing
    expect(check.count()).toBe(1);
    await check.release();

    // the report takes the focus; the confirmation is the next stop
    await page.getByRole("heading", { name: "Controle van edities.csv" }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: "h2", name: "Controle van edities.csv" });
    expect(await page.getByText("Het bestand is in orde.").count()).toBe(1);
    const counts = await page.getByRole("row", { name: /editions/ }).textContent();
    expect(counts?.replace(/\s+/g, "")).toBe("editions100");
    await tabTo(page, "Importeren", { tag: "button", max: 3 });
    const confirm = await holdRequests(page, submissionTo("/import"));
    await page.keyboard.press("Enter");
    await confirm.held;
    await seeStatus(page, "Import wordt opgeslagen…");
    expect(await page.getByRole("button", { name: "Importeren", exact: true }).isDisabled()).toBe(
      true,
    );
    await confirm.release();

    const done = page.getByText(/^Geïmporteerd als import \d+\.$/);
    await done.waitFor();
    const id = /import (\d+)/.exec((await done.textContent()) ?? "")?.[1];
    expect(await focused(page)).toMatchObject({ tag: "p", name: `Geïmporteerd als import ${id}.` });
    const row = page.getByRole("row", { name: /zutphen-2024/ });
    expect(await row.getByRole("cell").nth(3).textContent()).toBe("edities.csv");

    // the history's undo button is reachable too, and the focus survives its removal
    await tabTo(page, `Import ${id} terugdraaien`);
    await page.keyboard.press("Enter");
    await page.getByText(`Import ${id} is teruggedraaid.`).waitFor();
    expect(await focused(page)).toMatchObject({ tag: "p", name: `Import ${id} is teruggedraaid.` });
    await page.close();
  });

  it("says so when a check breaks off, and that nothing was stored", async () => {
    page = await context.newPage();
    await openHydrated(page, "/import");
    await page.locator("#bestand").setInputFiles({
      name: "edities.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(NEW_EDITION),
    });
    await page.route("**/*", (route) =>
      submissionTo("/import")(route.request()) ? route.abort("connectionreset") : route.fallback(),
    );
    await tabTo(page, "Controleren");
    await page.keyboard.press("Enter");
    await seeHeading(page, "Controleren of importeren is mislukt");
    expect(await page.getByRole("alert").textContent()).toContain("Er is niets opgeslagen");
    await page.close();
  });

  it("reaches the factsheet, downloads its PDF, publishes and revokes a link", async () => {
    page = await context.newPage();
    await openHydrated(page, "/");
    await tabTo(page, "SOC Groningen 2022");
    await page.keyboard.press("Enter");
    await seeHeading(page, "SOC Groningen 2022");
    expect((await focused(page)).tag).toBe("main");
    await tabTo(page, "Factsheet", { max: 5 });
    await page.keyboard.press("Enter");
    await page.waitForURL(`${app.url}/edities/groningen-2022/factsheet`);
    await seeHeading(page, /Factsheet SOC Groningen 2022/);
    // The new page moves the focus to its content once it has rendered; a
    // Tab pressed before that would be undone by it.
    await expect.poll(async () => (await focused(page)).tag).toBe("main");

    await tabTo(page, "Download PDF");
    const pdf = await holdRequests(page, pathIs("/edities/groningen-2022/factsheet.pdf"));
    const download = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    await pdf.held;
    await seeStatus(page, "PDF wordt gemaakt…");
    const link = page.getByRole("link", { name: "Download PDF" });
    expect(await link.getAttribute("aria-disabled")).toBe("true");
    await page.keyboard.press("Enter");
    expect(pdf.count()).toBe(1);
    await pdf.release();
    const file = await download;
    expect(file.suggestedFilename()).toBe("factsheet-groningen-2022.pdf");
    const bytes = await downloaded(file);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await seeStatus(
      page,
      `factsheet-groningen-2022.pdf is gedownload (${Math.ceil(bytes.length / 1024)} kB).`,
    );
    expect(await link.getAttribute("aria-disabled")).toBeNull();

    await tabTo(page, "Openbare link maken");
    await page.keyboard.press("Enter");
    await seeStatus(page, "De openbare link is gemaakt.");
    await tabTo(page, /^\/publiek\//);
    const href = (await page.evaluate(() => document.activeElement?.getAttribute("href"))) ?? "";
    expect((await fetch(`${app.url}${href}`)).status).toBe(200);
    await tabTo(page, "Intrekken");
    await page.keyboard.press("Enter");
    await seeStatus(page, "De link is ingetrokken.");
    await page.getByRole("listitem").filter({ hasText: "ingetrokken" }).waitFor();
    // the button is gone; the focus is back on its section, not lost at the top
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h2", name: "Openbare links" });
    expect((await fetch(`${app.url}${href}`)).status).toBe(404);
    await page.close();
  });

  it("says why a PDF failed", async () => {
    page = await context.newPage();
    await openHydrated(page, "/edities/groningen-2022/factsheet");
    await page.route(
      (url) => url.pathname.endsWith("/factsheet.pdf"),
      (route) =>
        route.fulfill({
          status: 503,
          contentType: "text/plain; charset=utf-8",
          body: "Chromium is niet gevonden.",
        }),
    );
    await tabTo(page, "Download PDF");
    await page.keyboard.press("Enter");
    await seeStatus(page, "Downloaden is mislukt: Chromium is niet gevonden. Probeer het opnieuw.");
    await page.close();
  });
});

describe("keyboard only: the research export", () => {
  it("chooses editions and downloads the research workbook, with its progress", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await logInByKeyboard(page, "onderzoek@demo.soc", "demo-onderzoek-2026");
    await tabTo(page, "Exporteren", { back: true, max: 10 });
    await page.keyboard.press("Enter");
    await seeHeading(page, "Exporteren");

    await tabTo(page, "Groningen", { tag: "input" });
    await page.keyboard.press("Space");
    await tabTo(page, "Vanaf jaar");
    await page.keyboard.press("ArrowDown"); // the first year
    await tabTo(page, "Keuze toepassen");
    await page.keyboard.press("Enter");
    await page.waitForURL(/municipality=Groningen/);
    const from = Number(new URL(page.url()).searchParams.get("from"));
    expect(from).toBeGreaterThan(2000);

    await tabTo(page, "Onderzoeksbestand (.xlsx)");
    const exported = await holdRequests(page, pathIs("/export/onderzoek.xlsx"));
    const download = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    await exported.held;
    await seeStatus(page, "Export wordt gemaakt…");
    const link = page.getByRole("link", { name: "Onderzoeksbestand (.xlsx)" });
    expect(await link.getAttribute("aria-disabled")).toBe("true");
    await exported.release();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await downloaded(file);
    await seeStatus(page, `${file.suggestedFilename()} is gedownload`);

    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets[0]?.name).toBe("Lees mij");
    const editions = records(sheetOf(workbook, "Edities")).map((row) => String(row.editie_id));
    expect(editions.length).toBeGreaterThan(0);
    for (const edition of editions) {
      const year = Number(/^groningen-(\d{4})$/.exec(edition)?.[1]);
      expect(year, edition).toBeGreaterThanOrEqual(from);
    }

    // back up the form: the choice is still ticked
    await tabTo(page, "Groningen", { tag: "input", back: true });
    expect(await page.locator(":focus").isChecked()).toBe(true);
    await tabTo(page, "Onderzoeksbestand (.xlsx)");

    // a connection that breaks off: a clear message, and the link works again
    await page.route(
      (url) => url.pathname === "/export/onderzoek.xlsx",
      (route) => route.abort("connectionreset"),
    );
    await page.keyboard.press("Enter");
    await seeStatus(
      page,
      "Downloaden is mislukt: de verbinding met de server is verbroken. Probeer het opnieuw.",
    );
    expect(await link.getAttribute("aria-disabled")).toBeNull();
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("still downloads the workbook and the PDF as plain links", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const cookie = await sessionCookie(app, "onderzoek@demo.soc", "demo-onderzoek-2026");
    const split = cookie.indexOf("=");
    await context.addCookies([
      { name: cookie.slice(0, split), value: cookie.slice(split + 1), url: app.url },
    ]);
    const page = await context.newPage();
    await page.goto(`${app.url}/export`);
    await tabTo(page, "Onderzoeksbestand (.xlsx)");
    const [workbook] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    expect((await readWorkbook(await downloaded(workbook))).worksheets[0]?.name).toBe("Lees mij");

    await page.goto(`${app.url}/edities/zwolle-2021/factsheet`);
    await tabTo(page, "Download PDF");
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect((await downloaded(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await context.close();
  });
});

describe("keyboard only: scoring a plan", () => {
  // The demo assessor's plans are Groningen 2022's: five criteria, scores 0..10.
  const ASSESSOR = { email: "beoordelaar@demo.soc", password: "demo-beoordelaar-2026" };
  const SCORES = ["6", "7,5", "8", "5,5", "9"];
  const COMMENT = "Sterk plan, met het toetsenbord beoordeeld.";

  /** The score fields of the form, in their order, and what each holds. */
  const scoreFields = (page: Page) =>
    page
      .locator('input[name^="score_"]')
      .evaluateAll((inputs: HTMLInputElement[]) =>
        inputs.map((i) => ({ name: i.name, value: i.value })),
      );

  /** The stored assessment of `applicantId` by the demo assessor, from the administrator's full export. */
  async function storedAssessment(applicantId: string) {
    const admin = await sessionCookie(app, "beheer@demo.soc", "demo-beheer-2026");
    const response = await fetch(`${app.url}/export/volledig.xlsx?edition=groningen-2022`, {
      headers: { Cookie: admin },
    });
    const workbook = await readWorkbook(Buffer.from(await response.arrayBuffer()));
    return records(sheetOf(workbook, "Beoordelingen")).find(
      (row) => row.aanmelding_id === applicantId && row.beoordelaar === "Demo beoordelaar",
    );
  }

  it("fills in every criterion, saves a draft, finds an error by its summary and submits what it stores", async () => {
    const context = await newContext();
    const page = await context.newPage();
    // the start page of an assessor is their own list
    await logInByKeyboard(page, ASSESSOR.email, ASSESSOR.password, {
      start: "/beoordelen",
      heading: "Mijn beoordelingen",
    });
    const initiative = (await page.locator("tbody a").first().textContent()) ?? "";
    await tabTo(page, initiative, { tag: "a" });
    await page.keyboard.press("Enter");
    await seeHeading(page, `Beoordeling: ${initiative}`);
    const applicantId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");

    const fields = (await scoreFields(page)).map((field) => field.name);
    expect(fields).toHaveLength(SCORES.length);
    for (const score of SCORES) {
      await tabTo(page, /^Score voor /, { tag: "input" });
      await page.keyboard.type(score);
    }
    await tabTo(page, "Toelichting (optioneel)", { tag: "textarea" });
    await page.keyboard.type(COMMENT);
    await tabTo(page, "Opslaan als concept", { tag: "button" });
    await page.keyboard.press("Space");
    await seeStatus(page, "Het concept is opgeslagen.");
    // saved, the page is asked again (a reload posts nothing); the
    // confirmation takes the focus, above the form
    expect(new URL(page.url()).search).toBe("?bewaard=1");
    expect(await focused(page)).toMatchObject({ name: "Het concept is opgeslagen." });

    // The draft is stored: back to the list and into the plan again, it is there.
    await tabTo(page, "Terug naar mijn beoordelingen", { tag: "a", back: true });
    await page.keyboard.press("Enter");
    await seeHeading(page, "Mijn beoordelingen");
    expect(await page.getByRole("row", { name: initiative }).textContent()).toContain("Concept");
    await tabTo(page, initiative, { tag: "a" });
    await page.keyboard.press("Enter");
    await seeHeading(page, `Beoordeling: ${initiative}`);
    expect((await scoreFields(page)).map((field) => field.value)).toEqual(SCORES);

    // The first score out of the scale: nothing is submitted, the summary says why.
    await tabTo(page, /^Score voor /, { tag: "input" });
    await page.keyboard.press("Control+A");
    await page.keyboard.type("11");
    await tabTo(page, "Indienen", { tag: "button" });
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: "ligt tussen 0 en 10" }).waitFor();
    const summary = await focused(page);
    expect(summary).toMatchObject({ tag: "div", visible: true });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("foutoverzicht");
    expect(await storedAssessment(applicantId)).toBeUndefined();
    // its link leads to the field, which says it is wrong
    await tabTo(page, /ligt tussen 0 en 10/, { tag: "a", max: 3 });
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({
      tag: "input",
      name: expect.stringMatching(/^Score voor /),
    });
    expect(await page.locator(":focus").getAttribute("aria-invalid")).toBe("true");
    await page.keyboard.press("Control+A");
    await page.keyboard.type(SCORES[0] as string);
    await tabTo(page, "Indienen", { tag: "button" });
    await page.keyboard.press("Enter");
    // submitted: back on the list, whose notice names the plan and takes the focus
    await seeHeading(page, "Mijn beoordelingen");
    const done = `Uw beoordeling van ${initiative} is ingediend.`;
    await seeStatus(page, done);
    expect(await focused(page)).toMatchObject({ name: done });
    expect(await page.getByRole("row", { name: initiative }).textContent()).toContain("Ingediend");
    // the plan shows the scores, and offers no second submission
    await tabTo(page, initiative, { tag: "a" });
    await page.keyboard.press("Enter");
    await seeHeading(page, `Beoordeling: ${initiative}`);
    expect((await scoreFields(page)).map((field) => field.value)).toEqual(SCORES);
    expect(await page.getByRole("button", { name: "Indienen" }).count()).toBe(0);
    await context.close();

    // Stored as the edition's assessment, under the assessor's name, with every score.
    const stored = await storedAssessment(applicantId);
    expect(stored?.toelichting).toBe(COMMENT);
    for (const [index, field] of fields.entries()) {
      const criterion = field.replace(/^score_/, "");
      expect(stored?.[criterion], criterion).toBe(Number(SCORES[index]?.replace(",", ".")));
    }
  });
});
