// "Did it work?" at national scale (issue 21) and the assessors' calibration
// (issue 20): `impact evaluate` over every edition, and the calibration of
// the edition with the most assessments, each beside the one plain query
// that reads the same rows, what any report of them costs at the least.
import { sql } from "kysely";
import type { Db } from "../../db/connection.server";
import { loadCalibration } from "../../reports/calibration/report.server";
import { loadEvaluation } from "../../reports/evaluation/report.server";
import { formatCount, scaleOf } from "../sizes";
import { warmMedian } from "../timing";
import type { Benchmark } from "../types";

const RUNS = 5;
const BANDWIDTH = 15;

/** The edition with the most assessment rows, and how many it has. */
async function largestAssessedEdition(db: Db): Promise<{ edition_id: string; rows: number }> {
  const { rows } = await sql<{ edition_id: string; rows: number }>`
    select edition_id, count(*)::int as rows from assessment_scores
    group by edition_id order by count(*) desc, edition_id limit 1`.execute(db);
  const largest = rows[0];
  if (!largest) throw new Error("no assessed edition in the benchmark data");
  return largest;
}

export const evaluationBenchmark: Benchmark = {
  id: "evaluation",
  engines: ["postgres", "pglite"],
  cases: (env) => {
    const scale = scaleOf(env);
    return [
      {
        id: "evaluate-all-editions",
        title:
          "impact evaluate over every edition (loadEvaluation, no filter), median of 5 warm runs",
        size: `${formatCount(scale.municipalities * scale.years)} editions`,
        unit: "ms",
        baselineTitle: "one query of every assessed applicant's score, award and 12-month outcome",
        target:
          env.engine === "postgres"
            ? {
                text: "< 1 s; growth ≤ linear",
                met: (c) => c.value < 1000 && (c.growth ?? 0) <= 10 && c.errors === 0,
              }
            : undefined,
        figure: async (ctx) => {
          const db = await ctx.db();
          const seconds = await warmMedian(RUNS, () => loadEvaluation(db, {}, BANDWIDTH));
          return { value: seconds * 1000, seconds };
        },
        baseline: async (ctx) => {
          const db = await ctx.db();
          const seconds = await warmMedian(RUNS, () =>
            sql`select s.edition_id, s.applicant_id, s.score, w.applicant_id is not null as awarded,
                o.active
              from applicant_scores s
              left join awards w on w.edition_id = s.edition_id and w.applicant_id = s.applicant_id
              left join outcomes o on o.edition_id = s.edition_id
                and o.applicant_id = s.applicant_id and o.months = 12`.execute(db),
          );
          return { value: seconds * 1000, seconds };
        },
      },
      {
        id: "calibration-largest-edition",
        title:
          "Calibration of the edition with the most assessments (loadCalibration), median of 5 warm runs",
        size: "1 edition",
        unit: "ms",
        baselineTitle: "one query of that edition's scores per assessor and criterion",
        target:
          env.engine === "postgres"
            ? { text: "< 100 ms", met: (c) => c.value < 100 && c.errors === 0 }
            : undefined,
        figure: async (ctx) => {
          const db = await ctx.db();
          const largest = await largestAssessedEdition(db);
          const seconds = await warmMedian(RUNS, () => loadCalibration(db, largest.edition_id));
          return {
            value: seconds * 1000,
            seconds,
            note: `${largest.edition_id}: ${formatCount(largest.rows)} scores`,
          };
        },
        baseline: async (ctx) => {
          const db = await ctx.db();
          const largest = await largestAssessedEdition(db);
          const seconds = await warmMedian(RUNS, () =>
            sql`select applicant_id, assessor, criterion, score from assessment_scores
              where edition_id = ${largest.edition_id}`.execute(db),
          );
          return { value: seconds * 1000, seconds };
        },
      },
    ];
  },
};
