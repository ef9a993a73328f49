// applicant_scores and edition_metric_parts are derived data: after every
// kind of write they must equal what the stored rows give. Scores are
// computed here one applicant at a time with reports/metrics/scores.ts; the
// stored parts must not change when rebuilt from scratch.
import { describe, expect, it } from "vitest";
import { DEFAULT_RUBRIC } from "../../core/rubric";
import type { Db } from "../../db/connection.server";
import { refreshApplicantScores } from "../../db/queries/applicant-scores.server";
import { refreshMetricParts } from "../../db/queries/metric-inputs.server";
import { undoImport } from "../../import/undo.server";
import { weightedScore } from "../../reports/metrics/scores";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { importSheets, importText, type Sheets, validSheets } from "../import/fixtures";
import { useTestDatabase } from "../support/test-db";

interface CachedScore {
  edition_id: string;
  applicant_id: string;
  score: number | null;
  assessors: number;
  spread: number | null;
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The score of each assessed applicant, the slow and obvious way. */
async function expectedScores(db: Db): Promise<CachedScore[]> {
  const editions = await db
    .selectFrom("editions")
    .select(["edition_id", "score_scale_max"])
    .execute();
  const criteria = group(
    await db.selectFrom("criteria").selectAll().execute(),
    (c) => c.edition_id,
  );
  const assessments = await db.selectFrom("assessments").selectAll().execute();
  const scores = group(
    await db.selectFrom("assessment_scores").selectAll().execute(),
    (s) => `${s.edition_id}|${s.applicant_id}`,
  );
  const scale = new Map(editions.map((e) => [e.edition_id, e.score_scale_max]));
  const applicants = group(assessments, (a) => `${a.edition_id}|${a.applicant_id}`);
  return [...applicants.entries()].map(([key, rows]) => {
    const { edition_id, applicant_id } = rows[0] as (typeof rows)[number];
    const rubric = criteria.get(edition_id) ?? DEFAULT_RUBRIC;
    const scaleMax = scale.get(edition_id) ?? 10;
    const own = scores.get(key) ?? [];
    // Criteria of the rubric that the applicant has scores on, with their mean.
    const weighted = (list: typeof own) =>
      weightedScore(
        rubric.flatMap((c) => {
          const given = list.filter((s) => s.criterion === c.criterion).map((s) => s.score);
          return given.length ? [{ weight: Number(c.weight), meanScore: mean(given) }] : [];
        }),
        scaleMax,
      );
    const perAssessor = [...group(own, (s) => s.assessor).values()]
      .map((list) => weighted(list))
      .filter((score): score is number => score !== null);
    return {
      edition_id,
      applicant_id,
      score: weighted(own),
      assessors: rows.length,
      spread: perAssessor.length >= 2 ? Math.max(...perAssessor) - Math.min(...perAssessor) : null,
    };
  });
}

const byKey = (a: CachedScore, b: CachedScore) =>
  `${a.edition_id}|${a.applicant_id}`.localeCompare(`${b.edition_id}|${b.applicant_id}`);

async function expectCacheCurrent(db: Db): Promise<void> {
  const parts = await db
    .selectFrom("edition_metric_parts")
    .selectAll()
    .orderBy("edition_id")
    .execute();
  expect(parts.length).toBe(
    (await db.selectFrom("editions").select("edition_id").execute()).length,
  );
  await refreshMetricParts(db, "all");
  expect(
    await db.selectFrom("edition_metric_parts").selectAll().orderBy("edition_id").execute(),
  ).toEqual(parts);
  const cached = (await db.selectFrom("applicant_scores").selectAll().execute()).sort(byKey);
  const expected = (await expectedScores(db)).sort(byKey);
  expect(cached.map(({ edition_id, applicant_id }) => `${edition_id}|${applicant_id}`)).toEqual(
    expected.map(({ edition_id, applicant_id }) => `${edition_id}|${applicant_id}`),
  );
  cached.forEach((row, i) => {
    const want = expected[i] as CachedScore;
    const what = `${row.edition_id}|${row.applicant_id}`;
    expect(row.assessors, what).toBe(want.assessors);
    for (const column of ["score", "spread"] as const) {
      if (want[column] === null) expect(row[column], `${what} ${column}`).toBeNull();
      else expect(row[column], `${what} ${column}`).toBeCloseTo(want[column] as number, 9);
    }
  });
}

async function cachedRows(db: Db) {
  return (await db.selectFrom("applicant_scores").selectAll().execute()).sort(byKey);
}

/** The fixture with one assessor's scores changed and a third assessor added. */
function rescored(sheets: Sheets): Sheets {
  const [header, ...rows] = sheets.Beoordelingen ?? [];
  return {
    ...sheets,
    Beoordelingen: [
      header ?? [],
      ...rows.map((row) =>
        row[2] === "Jury B" ? ["groningen-2020", "a1", "Jury B", 4, 4, 4, null] : row,
      ),
      ["groningen-2020", "a2", "Jury C", 9, 9, 9, null],
    ],
  };
}

describe("applicant_scores after imports and undo", () => {
  const test = useTestDatabase();

  it("holds every assessed applicant's score and spread after an import", async () => {
    const report = await importSheets(test.db, validSheets());
    expect(report.ok).toBe(true);
    const rows = await cachedRows(test.db);
    // a1: Jury A and B, a2: Jury A only (the fixture's three-criterion rubric)
    expect(rows.map((r) => [r.applicant_id, r.assessors, r.spread === null])).toEqual([
      ["a1", 2, false],
      ["a2", 1, true],
    ]);
    await expectCacheCurrent(test.db);
  });

  it("follows changed scores, an added assessor and a new rubric", async () => {
    const sheets = rescored(validSheets());
    sheets.Criteria = [
      ["editie_id", "criterium", "label", "weging"],
      ["groningen-2020", "impact", "Impact", 0.6],
      ["groningen-2020", "draagvlak", "Draagvlak", 0.2],
      ["groningen-2020", "vernieuwing", "Vernieuwing", 0.2],
    ];
    const before = await cachedRows(test.db);
    expect((await importSheets(test.db, sheets)).ok).toBe(true);
    expect(await cachedRows(test.db)).not.toEqual(before);
    await expectCacheCurrent(test.db);
  });

  it("drops the scores of assessments that a replace-mode import removes", async () => {
    const sheets = validSheets();
    sheets.Beoordelingen = (sheets.Beoordelingen ?? []).filter((row) => row[1] !== "a2");
    const report = await importSheets(test.db, sheets, { mode: "replace" });
    expect(report.ok).toBe(true);
    expect((await cachedRows(test.db)).map((r) => r.applicant_id)).toEqual(["a1"]);
    await expectCacheCurrent(test.db);
  });

  it("returns to the scores before an import that is undone", async () => {
    const before = await cachedRows(test.db);
    const report = await importSheets(test.db, rescored(validSheets()));
    expect(report.ok).toBe(true);
    expect(await cachedRows(test.db)).not.toEqual(before);
    expect((await undoImport(test.db, report.import_id as number)).ok).toBe(true);
    expect(await cachedRows(test.db)).toEqual(before);
    await expectCacheCurrent(test.db);
  });

  it("stays current through an import that leaves scores alone", async () => {
    const outcomes = "editie_id,aanmelding_id,maanden,actief\r\ngroningen-2020,a1,24,ja\r\n";
    expect((await importText(test.db, "resultaten.csv", outcomes)).ok).toBe(true);
    await expectCacheCurrent(test.db);
  });

  // Outcome rows feed the metric parts only at 12 months: the import refreshes
  // the parts for those, on the direct path (all new) and the staged one.
  it("follows outcome rows at 12 months, new and corrected", async () => {
    const parts = () => test.db.selectFrom("edition_metric_parts").selectAll().execute();
    const file = (active: string) =>
      `editie_id,aanmelding_id,maanden,actief\r\ngroningen-2020,a2,12,${active}\r\n`;
    for (const active of ["ja", "nee"]) {
      const before = await parts();
      expect((await importText(test.db, "resultaten.csv", file(active))).ok).toBe(true);
      expect(await parts()).not.toEqual(before);
      await expectCacheCurrent(test.db);
    }
  });
});

describe("applicant_scores of the demo data", () => {
  const test = useTestDatabase();

  it("is filled by the seed and rebuilt the same from scratch", async () => {
    await loadDemoData(test.db);
    await expectCacheCurrent(test.db);
    const seeded = await cachedRows(test.db);
    await test.db.deleteFrom("applicant_scores").execute();
    await refreshApplicantScores(test.db, "all");
    expect(await cachedRows(test.db)).toEqual(seeded);
  });
});
