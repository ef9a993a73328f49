// The balanced automatic assignment of an edition's plans to assessors: a
// pure function, so its promises (per_plan each, loads as even as possible,
// never a declared conflict, the same answer for the same input) are tested
// on hand-checked cases.

export interface AssignmentInput {
  /** The plans to assess (applicant ids). */
  plans: readonly string[];
  /** The assessors to choose from (any stable key, e.g. an e-mail address). */
  assessors: readonly string[];
  perPlan: number;
  /** Declared conflicts of interest: this assessor never gets this plan. */
  conflicts: readonly Pair[];
  /** Pairs that stay whatever happens (work begun: a draft or a submission); they count toward the loads. */
  kept?: readonly Pair[];
}

export interface Pair {
  plan: string;
  assessor: string;
}

export type AssignmentProblem =
  | { code: "too_few_assessors"; assessors: number; perPlan: number }
  | { code: "plan_without_enough"; plan: string; eligible: number; perPlan: number };

export type AssignmentResult =
  | { ok: true; pairs: Pair[] }
  | { ok: false; problem: AssignmentProblem };

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every plan gets `perPlan` assessors without a conflict. Greedy, and
 * deterministic: the most constrained plans first (fewest assessors without
 * a conflict, then by id), each taking the least-loaded eligible assessors
 * (ties by key). Without conflicts the loads differ by at most one. Refused,
 * with nothing assigned, when a plan cannot get `perPlan`.
 */
export function assignPlans(input: AssignmentInput): AssignmentResult {
  const assessors = [...new Set(input.assessors)].sort(byText);
  const plans = [...new Set(input.plans)].sort(byText);
  if (assessors.length < input.perPlan) {
    return {
      ok: false,
      problem: { code: "too_few_assessors", assessors: assessors.length, perPlan: input.perPlan },
    };
  }
  const key = (p: Pair) => `${p.plan}\u0000${p.assessor}`;
  const conflicts = new Set(input.conflicts.map(key));
  const load = new Map(assessors.map((a) => [a, 0]));
  const onPlan = new Map(plans.map((p) => [p, new Set<string>()]));
  for (const pair of input.kept ?? []) {
    const taken = onPlan.get(pair.plan);
    if (!taken || taken.has(pair.assessor)) continue;
    taken.add(pair.assessor);
    load.set(pair.assessor, (load.get(pair.assessor) ?? 0) + 1);
  }
  const eligible = (plan: string) =>
    assessors.filter(
      (a) => !conflicts.has(key({ plan, assessor: a })) && !onPlan.get(plan)?.has(a),
    );
  const order = plans
    .map((plan) => ({ plan, choices: eligible(plan).length }))
    .sort((a, b) => a.choices - b.choices || byText(a.plan, b.plan));
  const pairs: Pair[] = [];
  for (const { plan } of order) {
    const taken = onPlan.get(plan) as Set<string>;
    const needed = input.perPlan - taken.size;
    if (needed <= 0) continue;
    const candidates = eligible(plan);
    if (candidates.length < needed) {
      return {
        ok: false,
        problem: {
          code: "plan_without_enough",
          plan,
          eligible: candidates.length + taken.size,
          perPlan: input.perPlan,
        },
      };
    }
    const chosen = candidates
      .sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || byText(a, b))
      .slice(0, needed);
    for (const assessor of chosen) {
      taken.add(assessor);
      load.set(assessor, (load.get(assessor) ?? 0) + 1);
      pairs.push({ plan, assessor });
    }
  }
  return {
    ok: true,
    pairs: pairs.sort((a, b) => byText(a.plan, b.plan) || byText(a.assessor, b.assessor)),
  };
}
