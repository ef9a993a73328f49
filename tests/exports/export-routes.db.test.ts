// The /export page and its downloads, as the browser calls them.
import { beforeAll, describe, expect, it } from "vitest";
import { setLanguageCookie } from "~/i18n/language.server";
import { loader as pageLoader } from "~/routes/export._index";
import { loader as jsonLoader } from "~/routes/export.360giving[.]json";
import { loader as flatLoader } from "~/routes/export.360giving[.]xlsx";
import { loader as xlsxLoader } from "~/routes/export.onderzoek[.]xlsx";
import { loader as zipLoader } from "~/routes/export.onderzoek[.]zip";
import { loader as fullXlsxLoader } from "~/routes/export.volledig[.]xlsx";
import { loader as fullZipLoader } from "~/routes/export.volledig[.]zip";
import type { Db } from "../../db/connection.server";
import { insertDataset } from "../../db/insert-dataset.server";
import { auditTrail } from "../../db/queries/security.server";
import { handMadeDataset } from "../reports/hand-made-editions";
import { loginAs } from "../support/session";
import { useTestDatabase } from "../support/test-db";
import { headers, readWorkbook, records, sheetOf, unzip } from "./export-files";

let session = "";

function args(db: Db, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has("Cookie")) headers.set("Cookie", session);
  else headers.set("Cookie", `${headers.get("Cookie")}; ${session}`);
  return {
    request: new Request(`http://localhost${path}`, { ...init, headers }),
    params: {},
    context: { db },
  };
}

describe("the export page and downloads", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    await insertDataset(test.db, handMadeDataset());
    session = await loginAs(test.db, "researcher");
  });

  it("offers the municipalities, themes and years there are, and every edition by default", async () => {
    const page = await pageLoader(args(test.db, "/export"));
    expect(page.choices).toEqual({
      municipalities: ["Alphen", "Beek"],
      themes: ["Armoede", "Eenzaamheid", "Werk"],
      years: [2019, 2020, 2021],
    });
    expect(page.selection).toMatchObject({ ok: true, query: "", registrations: 12, awarded: 6 });
    if (!page.selection.ok) throw new Error("not ok");
    expect(page.selection.editions.map((e) => e.edition_id)).toEqual([
      "alphen-2019",
      "alphen-2020",
      "alphen-2021",
      "beek-2020",
    ]);
  });

  it("keeps the form's choice, ignoring empty fields, for the download links", async () => {
    const page = await pageLoader(
      args(test.db, "/export?municipality=Alphen&from=2020&to=&theme=Armoede"),
    );
    expect(page.chosen).toEqual({
      municipalities: ["Alphen"],
      from: "2020",
      to: "",
      theme: "Armoede",
    });
    expect(page.selection).toMatchObject({
      ok: true,
      query: "municipality=Alphen&from=2020&theme=Armoede",
      editions: [{ edition_id: "alphen-2020", municipality: "Alphen", year: 2020 }],
    });
  });

  it("says what is wrong with a choice that cannot be made", async () => {
    const page = await pageLoader(args(test.db, "/export?from=2021&to=2019"));
    expect(page.selection).toEqual({
      ok: false,
      message: "Ongeldige keuze van edities: from mag niet later zijn dan to.",
    });
  });

  it("streams the research workbook of the query's editions", async () => {
    const response = await xlsxLoader(args(test.db, "/export/onderzoek.xlsx?municipality=Beek"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="soc-impactmonitor-onderzoek-\d{4}-\d\d-\d\d\.xlsx"$/,
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const workbook = await readWorkbook(await response.arrayBuffer());
    expect(records(sheetOf(workbook, "Edities")).map((row) => row.editie_id)).toEqual([
      "beek-2020",
    ]);
    expect(headers(sheetOf(workbook, "Aanmeldingen"))).not.toContain("ondernemer");
  });

  it("offers the full scope to administrators only", async () => {
    expect((await pageLoader(args(test.db, "/export"))).offersFullScope).toBe(false);
    const admin = await loginAs(test.db, "admin");
    const page = await pageLoader(args(test.db, "/export", { headers: { Cookie: admin } }));
    expect(page.offersFullScope).toBe(true);
  });

  it("streams the full workbook, with personal data, to an administrator and records it", async () => {
    const admin = await loginAs(test.db, "admin");
    const response = await fullXlsxLoader(
      args(test.db, "/export/volledig.xlsx?municipality=Beek", { headers: { Cookie: admin } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="soc-impactmonitor-volledig-\d{4}-\d\d-\d\d\.xlsx"$/,
    );
    const workbook = await readWorkbook(await response.arrayBuffer());
    expect(headers(sheetOf(workbook, "Aanmeldingen"))).toEqual(
      expect.arrayContaining(["ondernemer", "e-mail", "telefoon"]),
    );
    const [latest] = await auditTrail(test.db, 1);
    expect(latest).toMatchObject({
      action: "export",
      details: { format: "xlsx", scope: "full", editions: 1, query: "municipality=Beek" },
    });
    const zip = await fullZipLoader(
      args(test.db, "/export/volledig.zip?municipality=Beek", { headers: { Cookie: admin } }),
    );
    const files = await unzip(Buffer.from(await zip.arrayBuffer()));
    expect(files.get("aanmeldingen.csv")?.toString("utf8")).toContain("ondernemer");
  });

  it("refuses the full scope to researchers and municipality users", async () => {
    const municipality = await loginAs(test.db, "municipality", ["Beek"]);
    for (const cookie of [session, municipality]) {
      for (const [loader, path] of [
        [fullXlsxLoader, "/export/volledig.xlsx"],
        [fullZipLoader, "/export/volledig.zip"],
      ] as const) {
        const refused = await loader(args(test.db, path, { headers: { Cookie: cookie } })).catch(
          (thrown: unknown) => thrown,
        );
        expect(refused).toBeInstanceOf(Response);
        expect((refused as Response).status).toBe(403);
      }
    }
  });

  it("streams the CSV zip, in English when the visitor chose English", async () => {
    const cookie = (await setLanguageCookie("en")).split(";")[0] ?? "";
    const response = await zipLoader(
      args(test.db, "/export/onderzoek.zip?edition=alphen-2021", { headers: { Cookie: cookie } }),
    );
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toContain("soc-impactmonitor-research-");
    const files = await unzip(Buffer.from(await response.arrayBuffer()));
    expect(files.get("awards.csv")?.toString("utf8")).toContain(";900,00;");
  });

  it("streams the 360Giving package and its spreadsheet", async () => {
    const json = await jsonLoader(args(test.db, "/export/360giving.json?municipality=Alphen"));
    expect(json.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const body = (await json.json()) as { grants: unknown[] };
    expect(body.grants).toHaveLength(6);
    const flat = await flatLoader(args(test.db, "/export/360giving.xlsx?municipality=Alphen"));
    expect(flat.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = await readWorkbook(await flat.arrayBuffer());
    expect(records(sheetOf(workbook, "grants"))).toHaveLength(6);
  });

  it("answers 400 to a wrong query and 404 to an unknown edition or a 360Giving file without awards", async () => {
    const wrong = await xlsxLoader(args(test.db, "/export/onderzoek.xlsx?from=twintig"));
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("from moet een jaartal");
    const unknown = await zipLoader(args(test.db, "/export/onderzoek.zip?edition=nergens-2020"));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe("De editie nergens-2020 bestaat niet.");
    const empty = await jsonLoader(args(test.db, "/export/360giving.json?municipality=Beek"));
    expect(empty.status).toBe(404);
    expect(await empty.text()).toContain("geen toekenningen");
  });
});
