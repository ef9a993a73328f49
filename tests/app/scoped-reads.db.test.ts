// The pages of a municipality user read through the second wall (withScope):
// they show the same figures as a researcher sees of that municipality, the
// benchmark of all other municipalities included, and nothing of others.
import { beforeAll, describe, expect, it } from "vitest";
import { loader as editionLoader } from "~/routes/edities.$editionId";
import { loader as factsheetLoader } from "~/routes/edities.$editionId_.factsheet";
import { loader as researchWorkbook } from "~/routes/export.onderzoek[.]xlsx";
import { loader as municipalityLoader } from "~/routes/gemeenten.$slug";
import { rowSecurityOn } from "../../db/scope";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

describe("a municipality user's pages under row-level security", () => {
  const test = useTestDatabase();
  const cookies: Record<string, string> = {};
  const url = (path: string) => `http://localhost${path}`;

  beforeAll(async () => {
    await loadDemoData(test.db);
    cookies.groningen = await loginAs(test.db, "municipality", ["Groningen"]);
    cookies.researcher = await loginAs(test.db, "researcher");
  });

  it("runs on a database with the wall", async () => {
    expect(await rowSecurityOn(test.db)).toBe(true);
  });

  it("shows the municipality page, with the others' benchmark, as a researcher sees it", async () => {
    const page = (who: string) =>
      municipalityLoader(
        requestArgs(test.db, url("/gemeenten/groningen"), cookies[who], {}, { slug: "groningen" }),
      );
    const [own, researcher] = await Promise.all([page("groningen"), page("researcher")]);
    // the benchmark counts every other municipality's edition of those years, none of Groningen's
    const [from, to] = own.yearRange ?? [0, 0];
    const others = await test.db
      .selectFrom("editions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("municipality", "<>", "Groningen")
      .where("year", ">=", from)
      .where("year", "<=", to)
      .executeTakeFirstOrThrow();
    expect(Number(others.n)).toBeGreaterThan(0);
    expect(own.others?.edition_count).toBe(Number(others.n));
    expect(own).toEqual(researcher);
  });

  it("shows an edition page as a researcher sees it", async () => {
    const page = (who: string) =>
      editionLoader(
        requestArgs(
          test.db,
          url("/edities/groningen-2020"),
          cookies[who],
          {},
          { editionId: "groningen-2020" },
        ),
      );
    expect(await page("groningen")).toEqual(await page("researcher"));
  });

  it("offers only the municipality's own editions to compare a factsheet with", async () => {
    const page = (who: string) =>
      factsheetLoader(
        requestArgs(
          test.db,
          url("/edities/groningen-2020/factsheet"),
          cookies[who],
          {},
          { editionId: "groningen-2020" },
        ),
      );
    const own = await page("groningen");
    expect(own.model.dataAsOf?.file_name).toBe("demodata");
    expect(own.editions.map((e) => e.edition_id).sort()).toEqual([
      "groningen-2017",
      "groningen-2018",
      "groningen-2019",
      "groningen-2021",
      "groningen-2022",
    ]);
    expect((await page("researcher")).editions.length).toBeGreaterThan(own.editions.length);
  });

  it("streams a whole research workbook of the municipality's editions", async () => {
    const response = await researchWorkbook(
      requestArgs(test.db, url("/export/onderzoek.xlsx?municipality=Groningen"), cookies.groningen),
    );
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // An xlsx is a zip: it starts with PK and ends with the central directory's end record.
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe("PK");
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});
