import pg from "pg";
import type { Browser } from "playwright-core";
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

async function checkOverview(app: RunningApp) {
  const page = await browser.newPage();
  const response = await page.goto(app.url);
  expect(response?.status()).toBe(200);
  await expect(page.title()).resolves.toBe("Overzicht · SOC Impactmonitor");
  expect(await page.locator("html").getAttribute("lang")).toBe("nl");
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Edities");
  const row = page.getByRole("row", { name: /SOC Groningen 2020/ });
  await expect(row.textContent()).resolves.toContain("85");
  expect(await page.getByRole("note").textContent()).toContain("demonstratieomgeving");

  await page.getByRole("button", { name: "English" }).click();
  await page.waitForURL(`${app.url}/`);
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Editions");
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

  it("answers an unknown page with a friendly 404", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${app.url}/bestaat-niet`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Pagina niet gevonden",
    );
    await page.close();
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
