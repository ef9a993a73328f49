import { describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.server";
import { undoImport } from "../../import/undo.server";
import { useTestDatabase } from "../support/test-db";
import { everything, importSheets, type Sheets, validSheets } from "./fixtures";

/** The contract tables only: the history keeps a record of undone imports. */
function contractPart(state: Record<string, string[]>) {
  const { imports: _imports, import_changes: _changes, ...contract } = state;
  return contract;
}

async function contractRows(db: Db) {
  return contractPart(await everything(db));
}

function withRow(sheets: Sheets, sheet: string, row: (string | number | null)[]): Sheets {
  return { ...sheets, [sheet]: [...(sheets[sheet] ?? []), row] };
}

describe("importing a valid workbook", () => {
  const test = useTestDatabase();

  it("loads every dataset, with Dutch headers, aliases and sheet names in any case", async () => {
    const report = await importSheets(test.db, validSheets());
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      dry_run: false,
      warnings: [],
      ignored: { sheets: ["Notities"], columns: [] },
      counts: {
        editions: { inserted: 1, updated: 0, unchanged: 0 },
        criteria: { inserted: 3, updated: 0, unchanged: 0 },
        applicants: { inserted: 3, updated: 0, unchanged: 0 },
        assessments: { inserted: 3, updated: 0, unchanged: 0 },
        awards: { inserted: 2, updated: 0, unchanged: 0 },
        outcomes: { inserted: 2, updated: 0, unchanged: 0 },
        surveys: { inserted: 2, updated: 0, unchanged: 0 },
        activities: { inserted: 2, updated: 0, unchanged: 0 },
        stories: { inserted: 1, updated: 0, unchanged: 0 },
      },
    });
    expect(report.import_id).toBeGreaterThan(0);
  });

  it("stores the values as the contract defines them", async () => {
    const edition = await test.db.selectFrom("editions").selectAll().executeTakeFirstOrThrow();
    expect(edition).toMatchObject({
      edition_id: "groningen-2020",
      name: "SOC Groningen 2020", // the default name
      themes: ["Armoede", "Eenzaamheid"],
      budget_eur: 60000,
      max_share: 0.5,
      score_scale_max: 10,
      finale_on: "2020-11-01",
    });
    const a1 = await test.db
      .selectFrom("applicants")
      .selectAll()
      .where("applicant_id", "=", "a1")
      .executeTakeFirstOrThrow();
    expect(a1).toMatchObject({
      stage: "startup",
      referral: "word_of_mouth",
      intake: true,
      returning: false,
    });
    const awards = await test.db.selectFrom("awards").selectAll().orderBy("applicant_id").execute();
    expect(
      awards.map((a) => [a.microcredit_eur, a.own_contribution_eur, a.cofunding_eur, a.instrument]),
    ).toEqual([
      [3000, 1500, 0, "prize"],
      [2500, 0, 0, "loan"],
    ]);
    const scores = await test.db
      .selectFrom("assessment_scores")
      .select(["assessor", "criterion", "score"])
      .where("applicant_id", "=", "a1")
      .orderBy("assessor")
      .orderBy("criterion")
      .execute();
    expect(scores.map((s) => `${s.assessor}:${s.criterion}=${s.score}`)).toEqual([
      "Jury A:draagvlak=7",
      "Jury A:impact=8",
      "Jury A:vernieuwing=6",
      "Jury B:draagvlak=6",
      "Jury B:impact=9",
      "Jury B:vernieuwing=7",
    ]);
    const activity = await test.db
      .selectFrom("activities")
      .selectAll()
      .where("activity_id", "=", "w1")
      .executeTakeFirstOrThrow();
    expect(activity).toMatchObject({ kind: "workshop", hours: 3.5, held_on: "2020-09-12" });
  });

  it("changes nothing the second time, and records no import", async () => {
    const before = await everything(test.db);
    const report = await importSheets(test.db, validSheets());
    expect(report.ok).toBe(true);
    expect(report.import_id).toBeNull();
    for (const counts of Object.values(report.counts)) {
      expect(counts.inserted + counts.updated).toBe(0);
    }
    expect(report.counts.applicants).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await everything(test.db)).toEqual(before);
  });

  it("updates a changed value, keeps rows missing from the file, and can undo it", async () => {
    const before = await everything(test.db);
    const sheets: Sheets = {
      Toekenningen: [
        ["editie_id", "aanmelding_id", "startbudget_eur", "microkrediet_eur"],
        ["groningen-2020", "a1", 6000, 2800],
      ],
    };
    const report = await importSheets(test.db, sheets);
    expect(report.counts).toEqual({ awards: { inserted: 0, updated: 1, unchanged: 0 } });
    const awards = await test.db
      .selectFrom("awards")
      .select(["applicant_id", "microcredit_eur", "instrument"])
      .orderBy("applicant_id")
      .execute();
    // a2 is not in the file and stays; a1's instrument column was not given and stays
    expect(awards).toEqual([
      { applicant_id: "a1", microcredit_eur: 2800, instrument: "prize" },
      { applicant_id: "a2", microcredit_eur: 2500, instrument: "loan" },
    ]);
    const undone = await undoImport(test.db, report.import_id as number);
    expect(undone.ok).toBe(true);
    expect(await contractRows(test.db)).toEqual(contractPart(before));
    const history = await test.db.selectFrom("imports").selectAll().orderBy("import_id").execute();
    expect(history.at(-1)).toMatchObject({ import_id: report.import_id, mode: "upsert" });
    expect(history.at(-1)?.undone_at).toBeInstanceOf(Date);
  });

  it("counts a changed score as an updated assessment beside a new one, and undoes both", async () => {
    const before = await everything(test.db);
    const header = [
      "editie_id",
      "aanmelding_id",
      "beoordelaar",
      "impact",
      "draagvlak",
      "vernieuwing",
    ];
    const report = await importSheets(test.db, {
      Beoordelingen: [
        header,
        ["groningen-2020", "a1", "Jury A", 8, 7, 6], // as stored
        ["groningen-2020", "a1", "Jury B", 9, 6, 8], // vernieuwing 7 → 8
        ["groningen-2020", "a3", "Jury A", 4, 4, 4], // new
      ],
    });
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({ assessments: { inserted: 1, updated: 1, unchanged: 1 } });
    const scores = await test.db
      .selectFrom("assessment_scores")
      .select(["applicant_id", "assessor", "criterion", "score", "import_id"])
      .where("criterion", "=", "vernieuwing")
      .orderBy("applicant_id")
      .orderBy("assessor")
      .execute();
    expect(scores.map((s) => `${s.applicant_id}/${s.assessor}=${s.score}`)).toEqual([
      "a1/Jury A=6",
      "a1/Jury B=8",
      "a2/Jury A=5",
      "a3/Jury A=4",
    ]);
    // Only the changed and the new rows carry this import.
    expect(scores.filter((s) => s.import_id === report.import_id)).toHaveLength(2);
    const undone = await undoImport(test.db, report.import_id as number);
    expect(undone.ok).toBe(true);
    expect(await contractRows(test.db)).toEqual(contractPart(before));
  });

  it("refuses to undo an import that a later one built on", async () => {
    const first = await importSheets(test.db, {
      Aanmeldingen: [
        ["editie_id", "aanmelding_id", "initiatief"],
        ["groningen-2020", "a4", "Nieuwkomer"],
      ],
    });
    const second = await importSheets(test.db, {
      Resultaten: [
        ["editie_id", "aanmelding_id", "maanden", "actief"],
        ["groningen-2020", "a4", 6, "ja"],
      ],
    });
    expect(await undoImport(test.db, first.import_id as number)).toEqual({
      ok: false,
      reason: "later_import",
      laterImportId: second.import_id,
      editionIds: ["groningen-2020"],
    });
    expect((await undoImport(test.db, second.import_id as number)).ok).toBe(true);
    expect(await undoImport(test.db, second.import_id as number)).toMatchObject({
      ok: false,
      reason: "already_undone",
    });
    expect((await undoImport(test.db, first.import_id as number)).ok).toBe(true);
    const a4 = await test.db
      .selectFrom("applicants")
      .select("applicant_id")
      .where("applicant_id", "=", "a4")
      .execute();
    expect(a4).toEqual([]);
    expect(await undoImport(test.db, 999_999)).toEqual({ ok: false, reason: "not_found" });
  });

  it("replace mode removes the rows of the file's editions that the file lacks, undoably", async () => {
    const before = await everything(test.db);
    const sheets = validSheets();
    sheets.Resultaten = [
      ["editie_id", "aanmelding_id", "maanden", "actief"],
      ["groningen-2020", "a1", 12, "ja"],
    ];
    delete sheets.Cases;
    const report = await importSheets(test.db, sheets, { mode: "replace" });
    expect(report.errors).toEqual([]);
    expect(report.counts.outcomes).toEqual({ inserted: 0, updated: 1, unchanged: 0, deleted: 1 });
    expect(report.counts.stories).toEqual({ inserted: 0, updated: 0, unchanged: 0, deleted: 1 });
    expect(report.counts.applicants).toEqual({ inserted: 0, updated: 0, unchanged: 3, deleted: 0 });
    expect(await test.db.selectFrom("stories").selectAll().execute()).toEqual([]);
    expect(await test.db.selectFrom("outcomes").select("applicant_id").execute()).toEqual([
      { applicant_id: "a1" },
    ]);
    expect((await undoImport(test.db, report.import_id as number)).ok).toBe(true);
    expect(await contractRows(test.db)).toEqual(contractPart(before));
  });

  it("a dry run reports the same counts and writes nothing", async () => {
    const before = await everything(test.db);
    const sheets = withRow(validSheets(), "AANMELDINGEN", [
      "groningen-2020",
      "a9",
      "Proef",
      null,
      null,
      null,
      null,
      "nee",
      "nee",
    ]);
    const report = await importSheets(test.db, sheets, { dryRun: true });
    expect(report).toMatchObject({ ok: true, dry_run: true, import_id: null });
    expect(report.counts.applicants).toEqual({ inserted: 1, updated: 0, unchanged: 3 });
    expect(await everything(test.db)).toEqual(before);
  });

  it("warns, without refusing, when the awards exceed the budget", async () => {
    const sheets = validSheets();
    (sheets[" Edities "] as (string | number)[][])[1] = [
      "groningen-2020",
      "Groningen",
      2020,
      5000,
      "Armoede; Eenzaamheid",
      "1-11-2020",
    ];
    const report = await importSheets(test.db, sheets, { dryRun: true });
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([
      {
        dataset: "awards",
        sheet: "Toekenningen",
        row: null,
        column: "microcredit_eur",
        value: "groningen-2020",
        message:
          "De toekenningen van deze editie zijn samen € 5.500,00, meer dan het budget van € 5.000,00.",
      },
    ]);
  });
});

describe("all or nothing", () => {
  const test = useTestDatabase();

  it("an error in the last row of the last sheet leaves the database as it was", async () => {
    await importSheets(test.db, validSheets());
    const before = await everything(test.db);
    const sheets = validSheets();
    const changed: Sheets = {
      ...sheets,
      Cases: [...(sheets.Cases ?? []), ["groningen-2020", "a2", "", "Zonder titel", "nee"]],
    };
    // every other sheet changes something, so a partial write would show
    (changed.AANMELDINGEN as (string | number | null)[][])[1] = [
      "groningen-2020",
      "a1",
      "Matsie!",
      null,
      null,
      null,
      null,
      "ja",
      "ja",
    ];
    const report = await importSheets(test.db, changed);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      {
        dataset: "stories",
        sheet: "Cases",
        row: 3,
        column: "title",
        value: "",
        message: "Dit veld is verplicht maar leeg.",
      },
    ]);
    expect(report.counts).toEqual({});
    expect(await everything(test.db)).toEqual(before);
  });
});
