// The CSV export: a zip with one CSV per sheet of the research workbook, the
// way Dutch Excel opens it (BOM, semicolons, decimal comma).
import { beforeAll, describe, expect, it } from "vitest";
import { researchSheets, writeExport } from "../../reports/exports/export.server";
import { prepareExport } from "../../reports/exports/prepare.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { useTestDatabase } from "../support/test-db";
import { unzip, written } from "./export-files";

const BOM = "\uFEFF";

describe("the CSV zip of the demo data", () => {
  const test = useTestDatabase();
  let files: Map<string, Buffer>;
  let expectedFiles: string[];

  beforeAll(async () => {
    await loadDemoData(test.db);
    const prepared = await prepareExport(
      test.db,
      {},
      {
        scope: "research",
        language: "nl",
        generatedAt: new Date("2026-03-01T09:30:00Z"),
        pseudonymSecret: null,
      },
    );
    expectedFiles = researchSheets(test.db, prepared).map((sheet) => `${sheet.file}.csv`);
    files = await unzip(await written((output) => writeExport(test.db, prepared, "csv", output)));
  });

  const text = (name: string) => files.get(name)?.toString("utf8") ?? "";
  const lines = (name: string) => text(name).slice(1).split("\r\n").slice(0, -1);
  const table = (name: string) => {
    const [header = "", ...rows] = lines(name);
    const names = header.split(";");
    return rows.map((row) => Object.fromEntries(row.split(";").map((v, i) => [names[i], v])));
  };

  it("holds one CSV per sheet of the workbook", () => {
    expect([...files.keys()]).toEqual(expectedFiles);
    expect(expectedFiles).toEqual([
      "lees-mij.csv",
      "codeboek.csv",
      "edities.csv",
      "criteria.csv",
      "aanmeldingen.csv",
      "beoordelingen.csv",
      "toekenningen.csv",
      "resultaten.csv",
      "enquete.csv",
      "programma.csv",
      "cases.csv",
      "kengetallen.csv",
      "evaluatie.csv",
      "kalibratie.csv",
    ]);
  });

  it("starts each file with a byte order mark and ends each line with CRLF", () => {
    for (const [name, content] of files) {
      expect(content.subarray(0, 3), name).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(content.toString("utf8").startsWith(BOM), name).toBe(true);
      expect(content.toString("utf8").endsWith("\r\n"), name).toBe(true);
    }
  });

  it("separates with semicolons and writes numbers with a decimal comma", () => {
    expect(lines("toekenningen.csv")[0]).toBe(
      "editie_id;pseudoniem;startbudget_eur;microkrediet_eur;eigen_bijdrage_eur;cofinanciering_eur;toegekend_op;vorm",
    );
    for (const award of table("toekenningen.csv")) {
      expect(award.microkrediet_eur).toMatch(/^\d+,\d\d$/);
      expect(award.toegekend_op).toMatch(/^(\d{4}-\d\d-\d\d)?$/);
      expect(award.pseudoniem).toMatch(/^P-[0-9a-f]{16}$/);
    }
    const fte = table("resultaten.csv").map((row) => row.banen_fte ?? "");
    expect(fte.some((value) => /^\d+,\d+$/.test(value))).toBe(true);
    expect(fte.every((value) => !value.includes("."))).toBe(true);
    const intake = new Set(table("aanmeldingen.csv").map((row) => row.intake));
    expect(intake).toEqual(new Set(["ja", "nee"]));
  });

  it("holds no e-mail address or phone number, and no entrepreneur's name", async () => {
    const all = [...files.values()].map((content) => content.toString("utf8")).join("\n");
    expect(all).not.toMatch(/[^\s@;]+@[^\s@;]+\.[a-z]{2,}/i);
    expect(all).not.toMatch(/06-1234/);
    const people = await test.db
      .selectFrom("applicants")
      .select("entrepreneur")
      .where("entrepreneur", "is not", null)
      .execute();
    expect(people.filter((p) => p.entrepreneur && all.includes(p.entrepreneur))).toEqual([]);
  });
});
