// The public registration as the browser uses it: the route's loader and
// action on a real database (PGlite, and PostgreSQL with TEST_DATABASE_URL).
import { beforeAll, describe, expect, it } from "vitest";
import { action, loader } from "~/routes/aanmelden.$editionId";
import type { Db } from "../../db/connection.server";
import { readDataVersion } from "../../db/queries/data-version.server";
import { REGISTRATION_LIMIT } from "../../import/forms/registration.server";
import { csv } from "../import/files";
import { importText } from "../import/fixtures";
import { useTestDatabase } from "../support/test-db";

const OPEN = "zwolle-2026";
const CLOSED = "zwolle-2020";

const EDITIONS = csv([
  ["editie_id", "gemeente", "jaar", "budget_eur", "themas", "gestart_op", "sluiting_op"],
  [OPEN, "Zwolle", 2026, "40.000", '"Armoede; Wonen"', "2000-01-01", "2099-12-31"],
  [CLOSED, "Zwolle", 2020, "40.000", "", "2020-01-01", "2020-03-31"],
]);

let addressCount = 0;
/** A fresh client address per test, so the rate limit of one test does not touch another. */
function address() {
  addressCount += 1;
  return `192.0.2.${addressCount}`;
}

const VALID = {
  initiative: "Buurtsoep",
  entrepreneur: "Anna de Vries",
  email: "anna@example.nl",
  theme: "Armoede",
  stage: "idea",
  referral: "campaign",
  idea: "Soep koken met de buurt.",
  toestemming: "ja",
};

function post(db: Db, fields: Record<string, string>, edition = OPEN, clientAddress = address()) {
  const request = new Request(`http://localhost/aanmelden/${edition}`, {
    method: "POST",
    body: new URLSearchParams(fields),
  });
  return action({ request, params: { editionId: edition }, context: { db, clientAddress } });
}

function load(db: Db, edition: string, search = "") {
  const request = new Request(`http://localhost/aanmelden/${edition}${search}`);
  return loader({ request, params: { editionId: edition }, context: { db } });
}

async function applicants(db: Db, edition = OPEN) {
  return db
    .selectFrom("applicants")
    .selectAll()
    .where("edition_id", "=", edition)
    .orderBy("applicant_id")
    .execute();
}

/** The action's answer: a redirect (stored or dropped) or the refused values and errors. */
async function answer(response: unknown) {
  const r = response as Response;
  return {
    status: r.status,
    location: r.headers.get("Location"),
    body: r.status < 300 ? await r.json() : null,
  };
}

describe("the public registration", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    const report = await importText(test.db, "edities.csv", EDITIONS);
    expect(report.errors).toEqual([]);
  });

  it("shows the form from the contract with the edition's themes as choices", async () => {
    const page = await load(test.db, OPEN);
    expect(page.state).toBe("open");
    const theme = page.fields.find((f) => f.key === "theme");
    expect(theme?.choices?.map((c) => c.value)).toEqual(["Armoede", "Wonen"]);
  });

  it("stores one applicant with the next number, today's date, as a form write", async () => {
    const version = await readDataVersion(test.db);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
      new Date(),
    );
    const r = await answer(await post(test.db, VALID));
    expect(r.status).toBe(303);
    expect(r.location).toBe(`/aanmelden/${OPEN}?bedankt`);
    const rows = await applicants(test.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      applicant_id: `${OPEN}-001`,
      initiative: "Buurtsoep",
      email: "anna@example.nl",
      theme: "Armoede",
      stage: "idea",
      idea: "Soep koken met de buurt.",
      intake: false,
    });
    expect(String(rows[0]?.registered_on).slice(0, 10)).toBe(today);
    const history = await test.db
      .selectFrom("imports")
      .select(["mode", "file_name", "edition_ids", "counts"])
      .orderBy("import_id", "desc")
      .executeTakeFirstOrThrow();
    expect(history).toMatchObject({ mode: "form", edition_ids: [OPEN] });
    expect(history.file_name).toContain("formulier");
    expect(history.counts).toMatchObject({ applicants: { inserted: 1, updated: 0 } });
    expect(await readDataVersion(test.db)).toBeGreaterThan(version);
    const thanks = await load(test.db, OPEN, "?bedankt");
    expect(thanks.state).toBe("thanks");
  });

  it("takes the number after the highest stored, also one a file brought", async () => {
    const file = csv([
      ["editie_id", "aanmelding_id", "initiatief"],
      [OPEN, `${OPEN}-007`, "Uit het bestand"],
    ]);
    expect((await importText(test.db, "aanmeldingen.csv", file)).ok).toBe(true);
    await post(test.db, { ...VALID, initiative: "Na het bestand" });
    const ids = (await applicants(test.db)).map((a) => a.applicant_id);
    expect(ids).toContain(`${OPEN}-008`);
    const stored = await test.db
      .selectFrom("applicants")
      .select("initiative")
      .where("applicant_id", "=", `${OPEN}-007`)
      .executeTakeFirstOrThrow();
    expect(stored.initiative).toBe("Uit het bestand");
  });

  it.each([
    ["a wrong e-mail address", { email: "anna-at-example" }, "email"],
    ["an idea of 2001 characters", { idea: "x".repeat(2001) }, "idea"],
    ["a missing initiative", { initiative: "" }, "initiative"],
    ["missing consent", { toestemming: "" }, "toestemming"],
    ["a theme the edition does not have", { theme: "Verzonnen" }, "theme"],
  ])("refuses %s with an error on that field and stores nothing", async (_, change, field) => {
    const before = (await applicants(test.db)).length;
    const version = await readDataVersion(test.db);
    const response = (await post(test.db, { ...VALID, ...change })) as Response;
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: Record<string, string>;
      values: Record<string, string>;
    };
    expect(Object.keys(body.errors)).toEqual([field]);
    expect(body.errors[field]).toMatch(/\w/);
    // The other values come back, so the person need not type them again.
    if (field !== "initiative") expect(body.values.initiative).toBe(VALID.initiative);
    expect(await applicants(test.db)).toHaveLength(before);
    expect(await readDataVersion(test.db)).toBe(version);
  });

  it("answers a filled honeypot as any registration, and stores nothing", async () => {
    const before = (await applicants(test.db)).length;
    const r = await answer(await post(test.db, { ...VALID, website: "http://spam.example" }));
    expect(r).toMatchObject({ status: 303, location: `/aanmelden/${OPEN}?bedankt` });
    expect(await applicants(test.db)).toHaveLength(before);
  });

  it("never tells whether an e-mail address is already registered", async () => {
    const first = await answer(await post(test.db, { ...VALID, email: "twice@example.nl" }));
    const again = await answer(await post(test.db, { ...VALID, email: "twice@example.nl" }));
    expect(again).toEqual(first);
  });

  it("limits the submissions per address", async () => {
    const client = address();
    for (let i = 0; i < REGISTRATION_LIMIT.max; i += 1) {
      const r = (await post(
        test.db,
        { ...VALID, initiative: `Poging ${i}` },
        OPEN,
        client,
      )) as Response;
      expect(r.status).toBe(303);
    }
    const before = (await applicants(test.db)).length;
    const refused = (await post(test.db, VALID, OPEN, client)) as Response;
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { other: string[] };
    expect(body.other[0]).toContain("te vaak");
    expect(await applicants(test.db)).toHaveLength(before);
    // Another address is not held up.
    expect(((await post(test.db, VALID)) as Response).status).toBe(303);
    const stored = await test.db
      .selectFrom("registration_attempts")
      .select("address_hash")
      .execute();
    expect(stored.every((a) => /^[0-9a-f]{64}$/.test(a.address_hash))).toBe(true);
  });

  it("shows a closed page outside the window and stores nothing there", async () => {
    const page = await load(test.db, CLOSED);
    expect(page.state).toBe("closed");
    const r = await answer(await post(test.db, VALID, CLOSED));
    expect(r).toMatchObject({ status: 303, location: `/aanmelden/${CLOSED}` });
    expect(await applicants(test.db, CLOSED)).toHaveLength(0);
  });

  it("answers 404 for an edition that does not exist", async () => {
    const refused = await load(test.db, "bestaat-niet").catch((r: Response) => r);
    expect((refused as Response).status).toBe(404);
    const posted = await Promise.resolve(post(test.db, VALID, "bestaat-niet")).catch(
      (r: Response) => r,
    );
    expect((posted as Response).status).toBe(404);
  });

  it("gives two submissions at once different numbers", async () => {
    const before = new Set((await applicants(test.db)).map((a) => a.applicant_id));
    const results = await Promise.all([
      post(test.db, { ...VALID, initiative: "Tegelijk A" }),
      post(test.db, { ...VALID, initiative: "Tegelijk B" }),
      post(test.db, { ...VALID, initiative: "Tegelijk C" }),
    ]);
    expect(results.map((r) => (r as Response).status)).toEqual([303, 303, 303]);
    const added = (await applicants(test.db)).filter((a) => !before.has(a.applicant_id));
    expect(added.map((a) => a.initiative).sort()).toEqual([
      "Tegelijk A",
      "Tegelijk B",
      "Tegelijk C",
    ]);
    expect(new Set(added.map((a) => a.applicant_id)).size).toBe(3);
  });
});
