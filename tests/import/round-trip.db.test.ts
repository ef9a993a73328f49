// A full-scope export imports back (issue 18): the demo data, exported as the
// workbook and as the CSV zip, imported into an empty database, gives the
// same metrics. The export's own columns (pseudoniem) and sheets (Lees mij,
// Codeboek, Kengetallen) are ignored, each with a warning.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yazl from "yazl";
import { DEFAULT_IMPORT_LIMITS } from "../../core/import-limits";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { importFile } from "../../import/run.server";
import { type ExportFormat, writeExport } from "../../reports/exports/export.server";
import { prepareExport } from "../../reports/exports/prepare.server";
import { loadMetricsReport } from "../../reports/metrics/report.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { written } from "../exports/export-files";
import { createTestDatabase, type TestDatabase, useTestDatabase } from "../support/test-db";
import { importOptions, importText } from "./fixtures";

const AT = new Date("2026-03-01T09:30:00Z");

async function metrics(db: Db): Promise<unknown> {
  return JSON.parse(JSON.stringify(await loadMetricsReport(db, {}, AT)));
}

describe("a full-scope export imports back", () => {
  const source = useTestDatabase();
  let expected: unknown;

  beforeAll(async () => {
    await loadDemoData(source.db);
    expected = await metrics(source.db);
  });

  const cases: [ExportFormat, Language, string][] = [
    ["xlsx", "nl", "volledig.xlsx"],
    ["csv", "nl", "volledig.zip"],
    ["xlsx", "en", "full.xlsx"],
  ];
  for (const [format, language, name] of cases) {
    describe(`${format}, ${language}`, () => {
      let target: TestDatabase;
      beforeAll(async () => {
        target = await createTestDatabase();
      });
      afterAll(async () => {
        await target?.dispose();
      });

      it("imports into an empty database with the same metrics", async () => {
        const prepared = await prepareExport(
          source.db,
          {},
          { scope: "full", language, generatedAt: AT, pseudonymSecret: null },
        );
        const bytes = await written((output) => writeExport(source.db, prepared, format, output));
        const file = path.join(await mkdtemp(path.join(tmpdir(), "impact-round-trip-")), name);
        await writeFile(file, bytes);
        const report = await importFile(
          target.db,
          file,
          importOptions({ fileName: name, language }),
        );
        expect(report.errors.slice(0, 5)).toEqual([]);
        expect(report.ok).toBe(true);
        const sheets =
          format === "xlsx"
            ? ["Lees mij", "Codeboek", "Kengetallen", "Evaluatie", "Kalibratie"]
            : [];
        if (language === "nl" && format === "xlsx") {
          expect(report.ignored.sheets).toEqual(sheets);
        }
        expect(report.warnings.filter((w) => w.dataset === null && w.sheet !== null)).toHaveLength(
          5,
        );
        expect(
          report.warnings.some((w) =>
            w.value?.includes(language === "nl" ? "pseudoniem" : "pseudonym"),
          ),
        ).toBe(true);
        expect(await metrics(target.db)).toEqual(expected);
      });
    });
  }
});

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(files)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("a zip of CSV files", () => {
  const test = useTestDatabase();
  const limits = { ...DEFAULT_IMPORT_LIMITS, maxUnpackedBytes: 64 * 1024 };

  it("imports each CSV file as its dataset", async () => {
    const bytes = await zipOf({
      "export/edities.csv":
        "editie_id;gemeente;jaar;budget_eur\r\nleeuwarden-2025;Leeuwarden;2025;50.000\r\n",
      "export/notities.csv": "iets\r\n",
      "__MACOSX/export/._edities.csv": "rommel",
    });
    const report = await importText(test.db, "gegevens.zip", bytes);
    expect(report.errors).toEqual([]);
    expect(report.counts.editions).toMatchObject({ inserted: 1 });
    expect(report.ignored.sheets).toEqual(["notities.csv"]);
  });

  it("refuses a zip that unpacks beyond the limit, as a workbook", async () => {
    const bytes = await zipOf({ "edities.csv": `editie_id\r\n${"a".repeat(100 * 1024)}\r\n` });
    const report = await importText(test.db, "groot.zip", bytes, { limits });
    expect(report.errors).toMatchObject([
      { row: null, message: expect.stringContaining("0,0625 MB") },
    ]);
  });

  it("refuses a zip without CSV files, and a file that is no zip", async () => {
    const empty = await importText(test.db, "leeg.zip", await zipOf({ "a.xml": "<a/>" }));
    expect(empty.errors[0]?.message).toContain("geen CSV-bestanden");
    const fake = await importText(test.db, "nep.zip", "editie_id\r\n");
    expect(fake.errors[0]?.message).toContain("geen zip-bestand");
  });
});
