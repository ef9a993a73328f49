import { readFile } from "node:fs/promises";
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "../support/postgres-url";
import { type RunningApp, startApp } from "./app-server";
import { launchChromium } from "./chromium";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits for the page's h1 to read `text`: client navigation renders after the URL changes. */
async function seeHeading(page: Page, text: string) {
  await page
    .getByRole("heading", { level: 1, name: text, exact: true })
    .waitFor({ timeout: 10_000 });
}

/** Logs in through the login page, as a person would, with a demo account. */
async function logIn(
  page: Page,
  app: RunningApp,
  email = "beheer@demo.soc",
  password = "demo-beheer-2026",
) {
  await page.goto(`${app.url}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${app.url}/`);
}

/** Console errors of a page, such as scripts the Content-Security-Policy blocked. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

async function checkOverview(app: RunningApp) {
  const page = await browser.newPage();
  const errors = consoleErrors(page);
  await page.goto(app.url);
  await page.waitForURL(/\/inloggen\?terug=%2F$/);
  await logIn(page, app);
  const response = await page.reload();
  expect(response?.status()).toBe(200);
  await expect(page.title()).resolves.toBe("Overzicht · SOC Impactmonitor");
  expect(await page.locator("html").getAttribute("lang")).toBe("nl");
  await seeHeading(page, "Overzicht");
  // the table lists the latest year's editions
  await page.getByRole("row", { name: /SOC Groningen 2022/ }).waitFor();
  expect(await page.getByRole("note").textContent()).toContain("demonstratieomgeving");
  expect(await page.locator("figure.chart svg:visible").count()).toBe(3); // the wide drawings; the phone ones are hidden
  // PNG is drawn by the browser: the button appears once the page's JavaScript runs
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download als PNG" }).first().click(),
  ]);
  expect(download.suggestedFilename()).toBe("trechter-per-jaar.png");
  const png = await readFile((await download.path()) as string);
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  await page.getByRole("button", { name: "English" }).click();
  await page.waitForURL(`${app.url}/`);
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  await seeHeading(page, "Overview");
  // the choice sticks: a new page is English too
  await page.goto(`${app.url}/definities`);
  await seeHeading(page, "Definitions");
  await page.getByRole("button", { name: "Nederlands" }).click();
  await page.waitForURL(`${app.url}/definities`);
  await seeHeading(page, "Definities");
  expect(errors).toEqual([]);
  await page.close();
}

async function checkNavigation(app: RunningApp) {
  const page = await browser.newPage();
  await logIn(page, app);
  await page.getByLabel("Gemeente", { exact: true }).selectOption("Groningen");
  await page.getByLabel("Van jaar").selectOption("2019");
  await page.getByRole("button", { name: "Toon" }).click();
  await page.waitForURL(/municipality=Groningen/);
  expect(new URL(page.url()).searchParams.get("from")).toBe("2019");
  const editions = page
    .getByRole("table", { name: "Edities per gemeente en jaar" })
    .getByRole("row");
  await expect.poll(() => editions.count()).toBe(1 + 4); // header + 2019..2022

  await page.getByRole("link", { name: "SOC Groningen 2020" }).click();
  await page.waitForURL(`${app.url}/edities/groningen-2020`);
  await seeHeading(page, "SOC Groningen 2020");
  await page.getByRole("link", { name: "Hefboom" }).first().click();
  await page.waitForURL(`${app.url}/definities/leverage`);
  await seeHeading(page, "Hefboom");

  await page.goBack();
  await page.waitForURL(`${app.url}/edities/groningen-2020`);
  await page.goBack();
  await page.waitForURL(/municipality=Groningen/);
  expect(await page.getByLabel("Gemeente", { exact: true }).inputValue()).toBe("Groningen");
  await page.close();
}

describe("the built app on embedded PGlite", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("shows the demo editions in Dutch and switches to English", async () => {
    await checkOverview(app);
  });

  it("keeps the selection in the URL and navigates to editions and definitions", async () => {
    await checkNavigation(app);
  });

  it("answers an unknown page with a friendly 404", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${app.url}/bestaat-niet`);
    expect(response?.status()).toBe(404);
    await seeHeading(page, "Pagina niet gevonden");
    await page.close();
  });

  it("serves the public files and the built scripts", async () => {
    const favicon = await fetch(`${app.url}/favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get("content-type")).toContain("image/svg+xml");
    expect(await favicon.text()).toContain("<svg");
    const page = await (await fetch(`${app.url}/inloggen`)).text();
    const script = page.match(/\/build\/[^"]+\.js/)?.[0];
    const built = await fetch(`${app.url}${script}`);
    expect(built.status).toBe(200);
    expect(built.headers.get("cache-control")).toContain("immutable");
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)("the built app on PostgreSQL", () => {
  const name = `impact_browser_${process.pid}`;
  let app: RunningApp;
  const admin = () => new pg.Client({ connectionString: serverUrl });

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
    await client.end();
    app = await startApp(databaseUrl(serverUrl ?? "", name));
  });

  afterAll(async () => {
    await app?.stop();
    const client = admin();
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
  });

  it("shows the demo editions in Dutch and switches to English", async () => {
    await checkOverview(app);
  });
});
