// The research workbook, opened again with exceljs as a researcher's program
// would: the sheets, real types and formats, the codebook, the Lees mij
// sheet, and no personal data of the demo anywhere.
import { PassThrough } from "node:stream";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { DATASETS } from "../../core/contract/datasets";
import type { EditionFilter } from "../../core/metric-parts";
import { loadCalibration } from "../../reports/calibration/report.server";
import { loadEvaluation } from "../../reports/evaluation/report.server";
import {
  CALIBRATION_COLUMNS,
  calibrationNames,
  calibrationRows,
} from "../../reports/exports/calibration-sheet";
import { EXPORT_FORMATS, writeExport } from "../../reports/exports/export.server";
import { ExportAbortedError } from "../../reports/exports/output";
import { type ExportSettings, prepareExport } from "../../reports/exports/prepare.server";
import { createPseudonymiser } from "../../reports/exports/pseudonym";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { useTestDatabase } from "../support/test-db";
import { allTexts, headers, readWorkbook, records, sheetOf, written } from "./export-files";

const AT = new Date("2026-03-01T09:30:00Z");
const SHEETS_NL = [
  "Lees mij",
  "Codeboek",
  "Edities",
  "Criteria",
  "Aanmeldingen",
  "Beoordelingen",
  "Toekenningen",
  "Resultaten",
  "Enquete",
  "Programma",
  "Cases",
  "Kengetallen",
  "Evaluatie",
  "Kalibratie",
];

describe("the research workbook of the demo data", () => {
  const test = useTestDatabase();
  let research: ExcelJS.Workbook;
  let allEditionIds: string[] = [];

  function prepare(filter: EditionFilter = {}, settings: Partial<ExportSettings> = {}) {
    return prepareExport(test.db, filter, {
      scope: "research",
      language: "nl",
      generatedAt: AT,
      pseudonymSecret: null,
      ...settings,
    });
  }

  async function workbookOf(filter: EditionFilter = {}, settings: Partial<ExportSettings> = {}) {
    const prepared = await prepare(filter, settings);
    return readWorkbook(await written((output) => writeExport(test.db, prepared, "xlsx", output)));
  }

  beforeAll(async () => {
    await loadDemoData(test.db);
    research = await workbookOf();
    allEditionIds = (await test.db.selectFrom("editions").select("edition_id").execute()).map(
      (e) => e.edition_id,
    );
  });

  it("has Lees mij, Codeboek, a sheet per dataset, the metrics and the evaluation, in that order", () => {
    expect(research.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS_NL);
  });

  it("freezes a styled header row with a filter over every table", () => {
    for (const sheet of research.worksheets.slice(1)) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: "frozen", ySplit: 1 });
      const header = sheet.getRow(1).getCell(1);
      expect(header.font?.bold, sheet.name).toBe(true);
      expect(header.fill, sheet.name).toMatchObject({ type: "pattern", pattern: "solid" });
      const last = sheet.getColumn(headers(sheet).length).letter;
      expect(sheet.autoFilter, sheet.name).toBe(`A1:${last}${sheet.rowCount}`);
      for (const column of sheet.columns) expect(column.width, sheet.name).toBeGreaterThan(7);
    }
    expect(sheetOf(research, "Lees mij").autoFilter).toBeUndefined();
  });

  it("writes numbers as numbers, euros with a euro format, dates as dates, yes/no as ja/nee", () => {
    const awards = sheetOf(research, "Toekenningen");
    const [award] = records(awards);
    expect(typeof award?.microkrediet_eur).toBe("number");
    expect(award?.toegekend_op).toBeInstanceOf(Date);
    const euroColumn = headers(awards).indexOf("microkrediet_eur") + 1;
    expect(awards.getRow(2).getCell(euroColumn).numFmt).toContain("€");
    expect(awards.getRow(2).getCell(headers(awards).indexOf("toegekend_op") + 1).numFmt).toBe(
      "d-m-yyyy",
    );
    const editions = records(sheetOf(research, "Edities"));
    expect(editions.every((row) => typeof row.jaar === "number")).toBe(true);
    expect(editions.find((row) => row.editie_id === "groningen-2020")?.budget_eur).toBeTypeOf(
      "number",
    );
    const applicants = records(sheetOf(research, "Aanmeldingen"));
    expect(new Set(applicants.map((row) => row.intake))).toEqual(new Set(["ja", "nee"]));
    expect(applicants.some((row) => row.fase === "idee")).toBe(true);
    const metrics = sheetOf(research, "Kengetallen");
    const rate = headers(metrics).indexOf("award_rate") + 1;
    expect(metrics.getRow(2).getCell(rate).numFmt).toBe("0.0%");
    expect(metrics.getRow(2).getCell(rate).value).toBeTypeOf("number");
  });

  it("puts each assessment's criterion scores in columns of their own", () => {
    const assessments = sheetOf(research, "Beoordelingen");
    expect(headers(assessments).slice(0, 4)).toEqual([
      "editie_id",
      "pseudoniem",
      "beoordelaar",
      "impact",
    ]);
    const first = records(assessments)[0];
    expect(first?.impact).toBeTypeOf("number");
    expect(String(first?.beoordelaar)).toMatch(/^B-[0-9a-f]{16}$/);
  });

  it("has every stored score in its criterion's column", async () => {
    const stored = await test.db
      .selectFrom("assessment_scores")
      .select((eb) => [
        "criterion",
        eb.fn.countAll<number>().as("n"),
        eb.fn.sum<number>("score").as("total"),
      ])
      .groupBy("criterion")
      .execute();
    expect(stored.length).toBeGreaterThan(1);
    const rows = records(sheetOf(research, "Beoordelingen"));
    for (const { criterion, n, total } of stored) {
      const scores = rows.map((row) => row[criterion]).filter((v) => typeof v === "number");
      const written = scores.reduce((sum, score) => sum + score, 0);
      expect(scores.length, criterion).toBe(Number(n));
      expect(written, criterion).toBeCloseTo(Number(total), 6);
    }
  });

  it("describes every column of every sheet in the codebook", () => {
    const codebook = records(sheetOf(research, "Codeboek"));
    const described = new Set(codebook.map((row) => `${row.blad}|${row.kolom}`));
    let columns = 0;
    for (const sheet of research.worksheets) {
      for (const header of headers(sheet)) {
        expect(described.has(`${sheet.name}|${header}`), `${sheet.name}|${header}`).toBe(true);
        columns += 1;
      }
    }
    expect(codebook).toHaveLength(columns);
    expect(codebook.every((row) => String(row.omschrijving ?? "").length > 3)).toBe(true);
    const instrument = codebook.find((row) => row.blad === "Toekenningen" && row.kolom === "vorm");
    expect(instrument).toMatchObject({
      toegestane_waarden: "prijs, gift, lening, participatie, anders",
    });
    const rate = codebook.find((row) => row.blad === "Kengetallen" && row.kolom === "leverage");
    expect(rate?.bron).toBe("berekend: kengetal leverage (docs/metrics.md)");
  });

  it("has the evaluation of its editions as aggregate figures only, each column in the codebook", async () => {
    const evaluation = await loadEvaluation(test.db, { editionIds: allEditionIds }, 15);
    const sheet = sheetOf(research, "Evaluatie");
    expect(headers(sheet)).toEqual([
      "figure",
      "criterion",
      "bandwidth",
      "value",
      "low",
      "high",
      "n_1",
      "n_0",
      "reason",
    ]);
    const rows = records(sheet);
    // itt at h, h/2 and 2h; award_jump, effect_wald, survival_below; an AUC per criterion; the comparison.
    const criteria = Object.keys(evaluation.criterion_auc);
    expect(rows).toHaveLength(3 + 3 + criteria.length + 1);
    expect(rows.map((row) => row.figure)).toEqual([
      "itt",
      "itt",
      "itt",
      "award_jump",
      "effect_wald",
      "survival_below",
      ...criteria.map(() => "criterion_auc"),
      "funded_vs_comparison",
    ]);
    const itt = rows[0];
    expect(itt?.bandwidth).toBe(15);
    expect(itt?.value ?? null).toBe(evaluation.rdd.itt);
    expect(itt?.n_0).toBe(evaluation.rdd.n_below);
    const draagvlak = rows.find((row) => row.criterion === "draagvlak");
    expect(draagvlak?.value).toBeCloseTo(evaluation.criterion_auc.draagvlak?.auc ?? Number.NaN, 12);
    const comparison = rows.at(-1);
    expect(comparison?.value).toBeCloseTo(evaluation.funded_vs_comparison.difference ?? 0, 12);
    expect(comparison?.n_1).toBe(evaluation.funded_vs_comparison.n_funded);
    // No applicant, pseudonym or edition in it: only figures over all the editions.
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(String(cell)).not.toMatch(/^P-|-20\d\d$/);
    }
    const codebook = records(sheetOf(research, "Codeboek")).filter(
      (row) => row.blad === "Evaluatie",
    );
    expect(codebook.map((row) => row.kolom)).toEqual(headers(sheet));
    expect(codebook.find((row) => row.kolom === "figure")?.toegestane_waarden).toBe(
      "itt, award_jump, effect_wald, survival_below, criterion_auc, funded_vs_comparison",
    );
    expect(codebook.find((row) => row.kolom === "n_1")?.type).toBe("geheel getal, of <5");
    expect(String(codebook.find((row) => row.kolom === "value")?.bron)).toMatch(/evaluation\.md/);
  });

  it("has the calibration of each edition, assessors and applicants as pseudonyms only", async () => {
    const sheet = sheetOf(research, "Kalibratie");
    const rows = records(sheet);
    expect(new Set(rows.map((row) => row.edition_id))).toEqual(new Set(allEditionIds));
    const editionId = "groningen-2020";
    const { calibration } = await loadCalibration(test.db, editionId);
    const own = rows.filter((row) => row.edition_id === editionId);
    const leniency = own.filter((row) => row.figure === "leniency");
    expect(leniency).toHaveLength(calibration.assessors.length);
    for (const row of leniency) expect(String(row.assessor)).toMatch(/^B-[0-9a-f]{16}$/);
    const ranking = own.filter((row) => row.figure === "ranking");
    expect(ranking.map((row) => row.rank)).toEqual(calibration.ranking.map((r) => r.rank));
    for (const row of ranking) expect(String(row.applicant)).toMatch(/^P-[0-9a-f]{16}$/);
    expect(ranking.filter((row) => row.flip === "ja")).toHaveLength(calibration.flips.length);
    const weighted = own.find((row) => row.figure === "agreement" && row.criterion === "weighted");
    expect(weighted?.value).toBeCloseTo(calibration.agreement.weighted ?? Number.NaN, 12);
    // The assessors' names never leave the product in a research export.
    const names = await test.db.selectFrom("assessments").select("assessor").distinct().execute();
    const text = JSON.stringify(rows);
    for (const { assessor } of names) expect(text).not.toContain(`"${assessor}"`);
    const codebook = records(sheetOf(research, "Codeboek")).filter(
      (row) => row.blad === "Kalibratie",
    );
    expect(codebook.map((row) => row.kolom)).toEqual(headers(sheet));
    expect(String(codebook.find((row) => row.kolom === "value")?.bron)).toMatch(/evaluation\.md/);
  });

  it("has in its Kalibratie sheet, row for row, each edition's calibration on its own", async () => {
    const prepared = await prepare();
    const names = calibrationNames("research", prepared.pseudonyms);
    const rows = records(sheetOf(research, "Kalibratie"));
    // The sheet's cells as they come back: an empty cell is null, yes/no is ja/nee.
    const asSheet = (row: Record<string, unknown>) =>
      Object.fromEntries(
        CALIBRATION_COLUMNS.map((column) => {
          const value = row[column] ?? null;
          return [column, typeof value === "boolean" ? (value ? "ja" : "nee") : value];
        }),
      );
    for (const editionId of [
      "groningen-2017",
      "groningen-2020",
      "leeuwarden-2021",
      "zwolle-2022",
    ]) {
      const { calibration } = await loadCalibration(test.db, editionId);
      const expected = calibrationRows(calibration, names).map(asSheet);
      expect(expected.length, editionId).toBeGreaterThan(0);
      expect(rows.filter((row) => row.edition_id === editionId).map(asSheet), editionId).toEqual(
        expected,
      );
    }
  });

  it("says what, when, of which editions, which version and under which licence", async () => {
    const readme = sheetOf(research, "Lees mij");
    const text = allTexts(research).join("\n");
    expect(readme.getRow(2).getCell(1).value).toBe(
      "SOC Impactmonitor: onderzoeksbestand (gepseudonimiseerd)",
    );
    const { import_id } = await test.db
      .selectFrom("imports")
      .select("import_id")
      .executeTakeFirstOrThrow();
    expect(text).toContain("2026-03-01T09:30:00Z (UTC)");
    expect(text).toContain("alle edities");
    expect(text).toMatch(new RegExp(`import ${import_id} van \\d{4}-\\d\\d-\\d\\dT`));
    expect(text).toContain("CC BY 4.0");
    // Written here without a read snapshot: the sheets one after the other.
    expect(text).toContain("De bladen worden na elkaar gelezen");
  });

  it("holds no name, e-mail address, phone number, comment, unconsented quote or draft story", async () => {
    const db = test.db;
    const people = await db
      .selectFrom("applicants")
      .select(["entrepreneur", "email", "phone"])
      .execute();
    const comments = await db
      .selectFrom("assessments")
      .select("comment")
      .where("comment", "is not", null)
      .execute();
    const surveys = await db.selectFrom("surveys").select(["quote", "quote_consent"]).execute();
    const stories = await db
      .selectFrom("stories")
      .select(["title", "summary", "quote", "published"])
      .execute();
    const consented = new Set(surveys.filter((s) => s.quote_consent).map((s) => s.quote));
    const published = stories.filter((s) => s.published);
    const publishedTexts = new Set(published.flatMap((s) => [s.title, s.summary, s.quote]));
    const secret = [
      ...comments.map((c) => c.comment),
      ...surveys.filter((s) => !s.quote_consent && !consented.has(s.quote)).map((s) => s.quote),
      ...stories
        .filter((s) => !s.published)
        .flatMap((s) => [s.title, s.summary, s.quote])
        .filter((t) => !publishedTexts.has(t)),
    ].filter((t): t is string => t !== null);
    const names = people.map((p) => p.entrepreneur).filter((n): n is string => n !== null);
    expect(names.length).toBeGreaterThan(100);
    expect(secret.length).toBeGreaterThan(20);

    const cells = allTexts(research);
    const secrets = new Set(secret);
    expect(cells.filter((cell) => secrets.has(cell))).toEqual([]);
    expect(cells.filter((cell) => /[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(cell))).toEqual([]);
    expect(cells.filter((cell) => /\b06-1234\b/.test(cell))).toEqual([]);
    const everything = cells.join("\n");
    expect(names.filter((name) => everything.includes(name))).toEqual([]);
    // ...and the consented ones and the published stories are there.
    expect(cells).toContain([...consented].find((q) => q !== null));
    expect(cells).toContain(published[0]?.title);
  });

  it("gives every registration a stable pseudonym, never its applicant id", async () => {
    const again = await workbookOf();
    const pseudonymsOf = (workbook: ExcelJS.Workbook) =>
      records(sheetOf(workbook, "Aanmeldingen")).map((row) => `${row.editie_id} ${row.pseudoniem}`);
    const first = pseudonymsOf(research);
    expect(pseudonymsOf(again)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const line of first) expect(line).toMatch(/ P-[0-9a-f]{16}$/);

    const ids = await test.db.selectFrom("applicants").select("applicant_id").execute();
    const cells = new Set(allTexts(research));
    expect(ids.filter((row) => cells.has(row.applicant_id))).toEqual([]);
    expect(headers(sheetOf(research, "Aanmeldingen"))).not.toContain("aanmelding_id");

    // The same pseudonym links an award to its registration.
    const registered = new Set(first);
    for (const award of records(sheetOf(research, "Toekenningen"))) {
      expect(registered.has(`${award.editie_id} ${award.pseudoniem}`)).toBe(true);
    }
  });

  it("keys the pseudonyms with IMPACT_SECRET when it is set", async () => {
    const key = "een-sleutel-van-ten-minste-32-tekens!";
    const keyed = await workbookOf({ editionIds: ["groningen-2020"] }, { pseudonymSecret: key });
    const [row] = records(sheetOf(keyed, "Toekenningen"));
    const award = await test.db
      .selectFrom("awards")
      .select("applicant_id")
      .where("edition_id", "=", "groningen-2020")
      .orderBy("applicant_id")
      .executeTakeFirstOrThrow();
    expect(row?.pseudoniem).toBe(
      createPseudonymiser(key).applicant("groningen-2020", award.applicant_id),
    );
  });

  it("reads in pages: seven rows a query give the same sheets", async () => {
    const paged = await workbookOf({}, { batchSize: 7 });
    for (const name of ["Aanmeldingen", "Beoordelingen", "Resultaten", "Cases"]) {
      expect(records(sheetOf(paged, name)), name).toEqual(records(sheetOf(research, name)));
    }
  });

  it("honours the filter", async () => {
    const chosen = await workbookOf({
      municipalities: ["groningen"],
      fromYear: 2019,
      toYear: 2020,
    });
    const editions = records(sheetOf(chosen, "Edities")).map((row) => row.editie_id);
    expect(editions).toEqual(["groningen-2019", "groningen-2020"]);
    // The evaluation sheet has no edition column: its figures are over the chosen editions together.
    for (const name of SHEETS_NL.slice(3, -2)) {
      for (const row of records(sheetOf(chosen, name))) {
        expect(editions, name).toContain(row.editie_id);
      }
    }
    const calibrated = records(sheetOf(chosen, "Kalibratie")).map((row) => row.edition_id);
    expect([...new Set(calibrated)]).toEqual(editions);
    const evaluation = await loadEvaluation(test.db, { editionIds: editions.map(String) }, 15);
    const comparison = records(sheetOf(chosen, "Evaluatie")).at(-1);
    expect(comparison?.n_0).toBe(evaluation.funded_vs_comparison.n_comparison);
    expect(allTexts(chosen)).toContain("gemeente groningen; vanaf 2019; tot en met 2020");
  });

  it("has real ids, names and contact details in full scope, beside the same pseudonyms", async () => {
    const full = await workbookOf({}, { scope: "full" });
    const applicants = sheetOf(full, "Aanmeldingen");
    expect(headers(applicants)).toEqual([
      "editie_id",
      "aanmelding_id",
      "pseudoniem",
      ...(DATASETS.find((d) => d.key === "applicants")
        ?.columns.slice(2)
        .map((c) => c.alias) ?? []),
    ]);
    const rows = records(applicants);
    expect(rows.some((row) => typeof row.ondernemer === "string")).toBe(true);
    expect(rows.map((row) => `${row.editie_id} ${row.pseudoniem}`)).toEqual(
      records(sheetOf(research, "Aanmeldingen")).map((row) => `${row.editie_id} ${row.pseudoniem}`),
    );
    expect(headers(sheetOf(full, "Beoordelingen"))).toContain("toelichting");
    expect(allTexts(full)).toContain(
      "SOC Impactmonitor: volledig bestand (vertrouwelijk, met persoonsgegevens)",
    );
  });

  it.each(EXPORT_FORMATS)("stops writing %s when the reader goes away", async (format) => {
    const prepared = await prepare({}, { batchSize: 50 });
    const output = new PassThrough();
    output.once("data", () => output.destroy());
    await expect(writeExport(test.db, prepared, format, output)).rejects.toThrow(
      ExportAbortedError,
    );
  });

  it("speaks English on request", async () => {
    const english = await workbookOf({ editionIds: ["groningen-2020"] }, { language: "en" });
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual([
      "Read me",
      "Codebook",
      "Editions",
      "Criteria",
      "Applicants",
      "Assessments",
      "Awards",
      "Outcomes",
      "Surveys",
      "Activities",
      "Stories",
      "Metrics",
      "Evaluation",
      "Calibration",
    ]);
    const applicants = records(sheetOf(english, "Applicants"));
    expect(new Set(applicants.map((row) => row.intake))).toEqual(new Set(["yes", "no"]));
    expect(applicants.some((row) => row.stage === "idea")).toBe(true);
    expect(headers(sheetOf(english, "Applicants"))).toContain("pseudonym");
  });
});
