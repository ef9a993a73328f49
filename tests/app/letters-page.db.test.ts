// /edities/<id>/brieven, each letter as HTML and PDF, and brieven.zip:
// administrators only; everyone else gets the app's 403, an unknown edition
// or applicant a 404, and no answer is a stack trace.
import { beforeAll, describe, expect, it } from "vitest";
import { loader as pageLoader } from "~/routes/edities.$editionId_.brieven";
import { loader as letterLoader } from "~/routes/edities.$editionId_.brieven_.$file";
import { loader as zipLoader } from "~/routes/edities.$editionId_.brieven[.]zip";
import type { Role } from "../../core/accounts";
import { insertDataset } from "../../db/insert-dataset.server";
import { closePdfBrowser } from "../../reports/factsheet/pdf.server";
import { unzip } from "../exports/export-files";
import { EDITION, lettersDataset } from "../reports/letters-edition";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

describe("the feedback letters' routes", () => {
  const test = useTestDatabase();
  const sessions: Partial<Record<Role | "proefstad", string>> = {};
  const base = `http://localhost/edities/${EDITION}/brieven`;
  const page = (who?: keyof typeof sessions, editionId = EDITION) =>
    pageLoader(
      requestArgs(
        test.db,
        `http://localhost/edities/${editionId}/brieven`,
        who && sessions[who],
        {},
        { editionId },
      ),
    );
  const letter = (file: string, who: keyof typeof sessions = "admin", query = "") =>
    letterLoader(
      requestArgs(
        test.db,
        `${base}/${file}${query}`,
        sessions[who],
        {},
        { editionId: EDITION, file },
      ),
    );
  const zip = (who: keyof typeof sessions) =>
    zipLoader(requestArgs(test.db, `${base}.zip`, sessions[who], {}, { editionId: EDITION }));
  const refusal = (pending: Promise<unknown>) =>
    pending.then(
      (answer) => answer as Response,
      (thrown: unknown) => thrown as Response,
    );

  beforeAll(async () => {
    await insertDataset(test.db, lettersDataset());
    sessions.admin = await loginAs(test.db, "admin");
    sessions.researcher = await loginAs(test.db, "researcher");
    sessions.proefstad = await loginAs(test.db, "municipality", ["Proefstad"]);
  });

  it("list every letter for an administrator, best score first", async () => {
    const data = await page("admin");
    expect(data.letters).toEqual([
      { applicant_id: "p1", initiative: "Plan p1", awarded: true, score: 76 },
      { applicant_id: "p2", initiative: "Plan p2", awarded: true, score: 56 },
      { applicant_id: "p5", initiative: "Plan p5", awarded: false, score: 52 },
      { applicant_id: "p3", initiative: "Plan p3", awarded: false, score: 36 },
      { applicant_id: "p4", initiative: "Plan p4", awarded: false, score: 22 },
    ]);
  });

  it("show a letter as HTML and as PDF, in the language asked", async () => {
    const html = await letter("p1", "admin", "?taal=en");
    expect(html.status).toBe(200);
    expect(html.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    const text = await html.text();
    expect(text).toContain("Assessor 1");
    expect(text).not.toMatch(/\b(Anna|Bram|Cor)\b/);
    const pdf = await letter("p1.pdf");
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("%PDF");
    await closePdfBrowser();
  });

  it("give all letters as one zip", async () => {
    const response = await zip("admin");
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    const files = await unzip(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()]).toEqual(["p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf", "p5.pdf"]);
    await closePdfBrowser();
  });

  it("are a 404 for an unknown edition or an applicant without a letter", async () => {
    expect((await refusal(page("admin", "nergens-2020"))).status).toBe(404);
    const p6 = await letter("p6");
    expect(p6.status).toBe(404);
    expect(await p6.text()).toContain("geen beoordeling");
  });

  it("refuse everyone but an administrator", async () => {
    for (const who of ["researcher", "proefstad"] as const) {
      // one request at a time: a refusal is awaited as soon as it is made
      for (const ask of [
        () => page(who),
        () => letter("p1", who),
        () => letter("p1.pdf", who),
        () => zip(who),
      ]) {
        expect((await refusal(ask())).status).toBe(403);
      }
    }
    // logged out: to the login page
    const anonymous = await refusal(page());
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/inloggen/);
  });
});
