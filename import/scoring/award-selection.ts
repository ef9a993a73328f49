// The selection above the budget line as rows of the awards contract
// (issue #20): a pure function, tested on hand-computed cases. Each plan
// above the line gets what the ranking shows it can get (its request, at
// most max_share × its start budget, to the cent), the day given and the
// contract's default instrument. A plan already awarded is skipped, not
// overwritten: its award may have been corrected by hand since, and an
// upsert would silently undo that. A plan above the line without a start
// budget or a request cannot become an award (the contract requires both):
// it is named, and the caller refuses the whole selection, because an award
// list with a hole in it is not the jury's selection.

/** What the award needs of one row of the ranking (reports/selection/budget-line.ts). */
export interface RankedAmount {
  applicant_id: string;
  start_budget_eur: number | null;
  requested_eur: number | null;
  /** Requested, capped at max_share × start budget; null without a request. */
  amount: number | null;
  /** Above the budget line. */
  within: boolean;
}

// A type, not an interface: a row is handed to the import as a plain record.
export type AwardRow = {
  edition_id: string;
  applicant_id: string;
  start_budget_eur: number;
  microcredit_eur: number;
  awarded_on: string;
};

export interface AwardSelection {
  /** The rows to write, in ranking order. */
  rows: AwardRow[];
  /** Above the line but awarded already: left as they are. */
  skipped: string[];
  /** Above the line without a start budget or a request: the selection cannot be awarded. */
  incomplete: string[];
}

export function selectionAwards(
  editionId: string,
  ranking: readonly RankedAmount[],
  alreadyAwarded: ReadonlySet<string>,
  awardedOn: string,
): AwardSelection {
  const selection: AwardSelection = { rows: [], skipped: [], incomplete: [] };
  for (const plan of ranking) {
    if (!plan.within) continue;
    if (alreadyAwarded.has(plan.applicant_id)) {
      selection.skipped.push(plan.applicant_id);
    } else if (plan.start_budget_eur === null || plan.amount === null) {
      selection.incomplete.push(plan.applicant_id);
    } else {
      selection.rows.push({
        edition_id: editionId,
        applicant_id: plan.applicant_id,
        start_budget_eur: plan.start_budget_eur,
        microcredit_eur: plan.amount,
        awarded_on: awardedOn,
      });
    }
  }
  return selection;
}
