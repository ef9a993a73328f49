// All editions' metrics (issue: metric catalogue), beside one plain GROUP BY
// over the three largest tables the metrics are about: what a hand-written
// report query of the same data costs at the least.
import { sql } from "kysely";
import { loadMetricsReport } from "../../reports/metrics/report.server";
import { formatCount, scaleOf } from "../sizes";
import { warmMedian } from "../timing";
import type { Benchmark } from "../types";

const RUNS = 5;

export const metricsBenchmark: Benchmark = {
  id: "metrics",
  engines: ["postgres", "pglite"],
  cases: (env) => {
    const scale = scaleOf(env);
    return [
      {
        id: "metrics-all-editions",
        title: "All editions' metrics (loadMetricsReport, no filter), median of 5 warm runs",
        size: `${formatCount(scale.municipalities * scale.years)} editions`,
        unit: "ms",
        baselineTitle: "one GROUP BY edition over applicants ⟕ awards ⟕ outcomes at 12 months",
        target:
          env.engine === "postgres"
            ? {
                text: "< 1 s; growth ≤ linear",
                met: (c) => c.value < 1000 && (c.growth ?? 0) <= 10,
              }
            : undefined,
        figure: async (ctx) => {
          const db = await ctx.db();
          const at = new Date();
          const seconds = await warmMedian(RUNS, () => loadMetricsReport(db, {}, at));
          return { value: seconds * 1000, seconds };
        },
        baseline: async (ctx) => {
          const db = await ctx.db();
          const seconds = await warmMedian(RUNS, () =>
            sql`select a.edition_id, count(*) as registrations, count(w.applicant_id) as awarded,
                sum(w.microcredit_eur) as microcredit_total, count(o.applicant_id) as followed
              from applicants a
              left join awards w on w.edition_id = a.edition_id and w.applicant_id = a.applicant_id
              left join outcomes o on o.edition_id = a.edition_id and o.applicant_id = a.applicant_id
                and o.months = 12
              group by a.edition_id`.execute(db),
          );
          return { value: seconds * 1000, seconds };
        },
      },
    ];
  },
};
