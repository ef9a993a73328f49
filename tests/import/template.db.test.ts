import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importFile } from "../../import/run.server";
import { buildTemplate } from "../../import/template";
import { useTestDatabase } from "../support/test-db";
import { writeText } from "./files";
import { importOptions } from "./fixtures";

async function writtenTemplate(language: "nl" | "en") {
  const { file } = await writeText("sjabloon.xlsx", "");
  await buildTemplate(language).xlsx.writeFile(file);
  return file;
}

describe("the import template", () => {
  const test = useTestDatabase();

  it("has an instructions sheet and a sheet per dataset with Dutch headers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await writtenTemplate("nl"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Instructies",
      "Edities",
      "Criteria",
      "Aanmeldingen",
      "Beoordelingen",
      "Toekenningen",
      "Resultaten",
      "Enquete",
      "Programma",
      "Cases",
    ]);
    const awards = workbook.getWorksheet("Toekenningen") as ExcelJS.Worksheet;
    expect(awards.getRow(1).values).toEqual([
      undefined,
      "editie_id",
      "aanmelding_id",
      "startbudget_eur",
      "microkrediet_eur",
      "eigen_bijdrage_eur",
      "cofinanciering_eur",
      "toegekend_op",
      "vorm",
    ]);
    expect(awards.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(awards.getCell("D5").numFmt).toBe('"€" #,##0.00');
    expect(awards.getCell("G5").numFmt).toBe("d-m-yyyy");
    expect(awards.getCell("H5").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"prijs,gift,lening,participatie,anders"'],
    });
    const applicants = workbook.getWorksheet("Aanmeldingen") as ExcelJS.Worksheet;
    const intake = (applicants.getRow(1).values as string[]).indexOf("intake");
    expect(applicants.getCell(7, intake).dataValidation).toMatchObject({ formulae: ['"ja,nee"'] });
    const assessments = workbook.getWorksheet("Beoordelingen") as ExcelJS.Worksheet;
    expect(assessments.getRow(1).values).toEqual([
      undefined,
      "editie_id",
      "aanmelding_id",
      "beoordelaar",
      "impact",
      "draagvlak",
      "toekomstbestendig",
      "schaalbaar",
      "nieuw",
      "toelichting",
    ]);
  });

  it.each(["nl", "en"] as const)(
    "imports as it is, example rows and all (%s)",
    async (language) => {
      const file = await writtenTemplate(language);
      const report = await importFile(
        test.db,
        file,
        importOptions({ fileName: "sjabloon.xlsx", dryRun: true }),
      );
      expect(report.errors).toEqual([]);
      expect(report.ignored.sheets).toEqual([language === "nl" ? "Instructies" : "Instructions"]);
      expect(report.counts).toEqual({
        editions: { inserted: 1, updated: 0, unchanged: 0 },
        criteria: { inserted: 5, updated: 0, unchanged: 0 },
        applicants: { inserted: 1, updated: 0, unchanged: 0 },
        assessments: { inserted: 1, updated: 0, unchanged: 0 },
        awards: { inserted: 1, updated: 0, unchanged: 0 },
        outcomes: { inserted: 1, updated: 0, unchanged: 0 },
        surveys: { inserted: 1, updated: 0, unchanged: 0 },
        activities: { inserted: 1, updated: 0, unchanged: 0 },
        stories: { inserted: 1, updated: 0, unchanged: 0 },
      });
    },
  );
});
