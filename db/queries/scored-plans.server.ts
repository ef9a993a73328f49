// An edition's assessed plans with what they ask: the input of the ranking
// against the budget (reports/selection/budget-line.ts).
import type { Db } from "../connection.server";

export interface ScoredPlan {
  applicant_id: string;
  initiative: string;
  score: number;
  start_budget_eur: number | null;
  requested_eur: number | null;
}

/** The edition's applicants with a score(a), with their plan's start budget and request. */
export async function scoredPlans(db: Db, editionId: string): Promise<ScoredPlan[]> {
  const rows = await db
    .selectFrom("applicant_scores as s")
    .innerJoin("applicants as p", (join) =>
      join
        .onRef("p.edition_id", "=", "s.edition_id")
        .onRef("p.applicant_id", "=", "s.applicant_id"),
    )
    .select(["s.applicant_id", "p.initiative", "s.score", "p.start_budget_eur", "p.requested_eur"])
    .where("s.edition_id", "=", editionId)
    .where("s.score", "is not", null)
    .orderBy("s.applicant_id")
    .execute();
  return rows.map((r) => ({ ...r, score: r.score as number }));
}
