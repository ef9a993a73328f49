// The ranking against the budget (issue #20): plans by weighted score, each
// asking its requested microcredit capped at max_share of its start budget,
// with the running total against the edition's budget. The line falls
// after the last plan, in score order, whose running total still fits:
// the plans above it are what the budget reaches. A pure function, tested
// on hand-computed cases; no plan below the line is pulled up to fill the
// rest, because the order is the jury's, not a knapsack's.

export interface RankedPlan {
  applicant_id: string;
  initiative: string;
  /** score(a), 0..100. */
  score: number;
  start_budget_eur: number | null;
  requested_eur: number | null;
}

export interface BudgetLine extends RankedPlan {
  /** What the plan can get: requested, at most max_share × start budget (rounded down to the cent); null when no amount is requested. */
  amount: number | null;
  /** Whether the request was above the cap. */
  capped: boolean;
  /** The total of the amounts so far, this plan included. */
  running_total: number;
  /** Above the line: the budget reaches this plan. */
  within: boolean;
}

/** Cents, so that sums of euro amounts compare exactly. */
const cents = (euro: number) => Math.round(euro * 100);

/**
 * max_share × start budget in cents, rounded down: the contract's rule is
 * microcredit <= max_share × start budget, so an award of the cap (see
 * import/scoring/award-selection.ts) must not be rounded above it. The
 * small epsilon keeps a product such as 0.3 × 1000 (29999.999… cents in
 * floating point) at 30000.
 */
const capCents = (maxShare: number, startBudgetEur: number) =>
  Math.floor(maxShare * startBudgetEur * 100 + 1e-6);

export function budgetLine(
  plans: readonly RankedPlan[],
  budgetEur: number,
  maxShare: number,
): BudgetLine[] {
  const ordered = [...plans].sort(
    (a, b) =>
      b.score - a.score ||
      (a.applicant_id < b.applicant_id ? -1 : a.applicant_id > b.applicant_id ? 1 : 0),
  );
  let total = 0;
  let open = true;
  return ordered.map((plan) => {
    const cap = plan.start_budget_eur === null ? null : capCents(maxShare, plan.start_budget_eur);
    const asked = plan.requested_eur === null ? null : cents(plan.requested_eur);
    const amount = asked === null ? null : cap === null ? asked : Math.min(asked, cap);
    total += amount ?? 0;
    if (total > cents(budgetEur)) open = false;
    return {
      ...plan,
      amount: amount === null ? null : amount / 100,
      capped: asked !== null && cap !== null && asked > cap,
      running_total: total / 100,
      within: open,
    };
  });
}
