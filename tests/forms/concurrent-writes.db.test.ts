// Forms write at once (decisions 031 and 032): many assessors' submissions
// to one edition check and merge side by side, and queue only per plan for
// its score, so every row is stored and every derived figure counts every
// row; two writes of the same new key at once (a double click) store
// one row, and neither is refused.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { refreshDerivedTables } from "../../db/queries/derived-tables.server";
import { settleMetricParts } from "../../db/queries/metric-parts-rebuild.server";
import { writeForm, writeFormRows } from "../../import/forms/submit.server";
import { importSheets } from "../import/fixtures";
import { useTestDatabase } from "../support/test-db";

const EDITION = "groningen-2024";
const APPLICANTS = ["p1", "p2", "p3", "p4"];
const ASSESSORS = ["Jury A", "Jury B", "Jury C"];

/** Assessor k (0, 1, 2) gives every criterion 5 + k: each plan's score is 60, its spread 20. */
function submission(applicant: string, k: number) {
  const score = String(5 + k);
  return {
    formName: "beoordelingsformulier",
    sheets: [
      {
        dataset: "assessments" as const,
        rows: [
          {
            edition_id: EDITION,
            applicant_id: applicant,
            assessor: ASSESSORS[k] as string,
            impact: score,
            draagvlak: score,
            vernieuwing: score,
          },
        ],
      },
    ],
    writtenBy: `jury-${k}@voorbeeld.nl`,
    language: "nl" as const,
  };
}

describe("form writes at once", () => {
  const test = useTestDatabase();

  async function derived() {
    const { rows } = await sql<{ applicant_id: string; score: number; spread: number }>`
      select applicant_id, round(score::numeric, 6)::float8 as score,
        round(spread::numeric, 6)::float8 as spread, assessors
      from applicant_scores where edition_id = ${EDITION} order by applicant_id`.execute(test.db);
    const parts = await test.db
      .selectFrom("edition_metric_parts")
      .select("parts")
      .where("edition_id", "=", EDITION)
      .executeTakeFirst();
    return { rows, parts: parts?.parts };
  }

  it("stores every assessor's submission and counts each in the scores", async () => {
    const report = await importSheets(test.db, {
      Edities: [
        ["editie_id", "gemeente", "jaar", "budget_eur", "schaal_max"],
        [EDITION, "Groningen", 2024, 60000, 10],
      ],
      Criteria: [
        ["editie_id", "criterium", "label", "weging"],
        [EDITION, "impact", "Impact", 0.4],
        [EDITION, "draagvlak", "Draagvlak", 0.3],
        [EDITION, "vernieuwing", "Vernieuwing", 0.3],
      ],
      Aanmeldingen: [
        ["editie_id", "aanmelding_id", "initiatief", "plan_ingediend"],
        ...APPLICANTS.map((id) => [EDITION, id, `Initiatief ${id}`, "ja"]),
      ],
    });
    expect(report.errors).toEqual([]);

    const writes = APPLICANTS.flatMap((applicant) =>
      ASSESSORS.map((_, k) => writeFormRows(test.db, submission(applicant, k))),
    );
    const reports = await Promise.all(writes);
    expect(reports.map((r) => r.errors)).toEqual(reports.map(() => []));
    const stored = await test.db
      .selectFrom("assessment_scores")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(APPLICANTS.length * ASSESSORS.length * 3);

    // The scores are current at once; the edition's parts once the rebuild
    // the writes left (decision 032) has run.
    await settleMetricParts(test.db);
    const afterForms = await derived();
    expect(afterForms.rows).toEqual(
      APPLICANTS.map((applicant_id) => ({ applicant_id, score: 60, spread: 20, assessors: 3 })),
    );
    expect(afterForms.parts).toBeDefined();
    // What a refresh of the whole edition, with nothing else running, makes of the same rows.
    await refreshDerivedTables(test.db, [EDITION]);
    expect(await derived()).toEqual(afterForms);
  });

  it("stores one row when the same new answer is sent twice at once, refusing neither", async () => {
    const answer = () =>
      writeForm(test.db, {
        formName: "formulier opvolging",
        writtenBy: "formulier",
        language: "nl",
        addOnly: false,
        rows: {
          outcomes: { edition_id: EDITION, applicant_id: "p1", months: "12", active: "ja" },
        },
      });
    const outcomes = await Promise.all([answer(), answer(), answer()]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    const rows = await test.db
      .selectFrom("outcomes")
      .select(["applicant_id", "months", "active"])
      .execute();
    expect(rows).toEqual([{ applicant_id: "p1", months: 12, active: true }]);
  });
});
