// An edition's ranking against its budget as read from the database: what
// the administrator's page shows and what turning the selection into awards
// (import/scoring/award-selection.server.ts) is given, so that both work on
// the same figures.
import type { Db } from "../../db/connection.server";
import { type AssessmentEdition, assessmentEdition } from "../../db/queries/assignments.server";
import { scoredPlans } from "../../db/queries/scored-plans.server";
import { type BudgetLine, budgetLine } from "./budget-line";

export interface EditionRanking {
  edition: AssessmentEdition;
  ranking: BudgetLine[];
}

/** Null when the edition does not exist. */
export async function editionRanking(db: Db, editionId: string): Promise<EditionRanking | null> {
  const [edition, scored] = await Promise.all([
    assessmentEdition(db, editionId),
    scoredPlans(db, editionId),
  ]);
  if (!edition) return null;
  return { edition, ranking: budgetLine(scored, edition.budget_eur, edition.max_share) };
}
