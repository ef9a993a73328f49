// The automatic assignment on cases checked by hand: per_plan each, even
// loads, conflicts respected, kept work counted, the impossible refused.
import { describe, expect, it } from "vitest";
import { assignPlans, type Pair } from "../../import/scoring/assign";

const loads = (pairs: Pair[]) => {
  const counts: Record<string, number> = {};
  for (const p of pairs) counts[p.assessor] = (counts[p.assessor] ?? 0) + 1;
  return counts;
};

const ok = (result: ReturnType<typeof assignPlans>) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.pairs;
};

describe("assignPlans", () => {
  it("gives four plans two of three assessors each, loads 3, 3, 2", () => {
    // Plans in order p1..p4, each taking the two least loaded (ties by name):
    // p1: a b (1 1 0); p2: c a (2 1 1); p3: b c (2 2 2); p4: a b (3 3 2).
    const pairs = ok(
      assignPlans({
        plans: ["p4", "p2", "p1", "p3"],
        assessors: ["c", "b", "a"],
        perPlan: 2,
        conflicts: [],
      }),
    );
    expect(pairs).toEqual([
      { plan: "p1", assessor: "a" },
      { plan: "p1", assessor: "b" },
      { plan: "p2", assessor: "a" },
      { plan: "p2", assessor: "c" },
      { plan: "p3", assessor: "b" },
      { plan: "p3", assessor: "c" },
      { plan: "p4", assessor: "a" },
      { plan: "p4", assessor: "b" },
    ]);
    expect(loads(pairs)).toEqual({ a: 3, b: 3, c: 2 });
  });

  it("keeps loads within one of each other without conflicts", () => {
    const plans = Array.from({ length: 23 }, (_, i) => `p${String(i).padStart(2, "0")}`);
    const pairs = ok(
      assignPlans({ plans, assessors: ["a", "b", "c", "d", "e"], perPlan: 3, conflicts: [] }),
    );
    expect(pairs).toHaveLength(69);
    const counts = Object.values(loads(pairs));
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    for (const plan of plans) expect(pairs.filter((p) => p.plan === plan)).toHaveLength(3);
  });

  it("never gives an assessor a plan they declared a conflict with, and does the constrained plan first", () => {
    // p2 has only b and c without a conflict: it goes first and takes them;
    // p1 then takes the least loaded, a, and b (tie with c, by name).
    const pairs = ok(
      assignPlans({
        plans: ["p1", "p2"],
        assessors: ["a", "b", "c"],
        perPlan: 2,
        conflicts: [{ plan: "p2", assessor: "a" }],
      }),
    );
    expect(pairs).toEqual([
      { plan: "p1", assessor: "a" },
      { plan: "p1", assessor: "b" },
      { plan: "p2", assessor: "b" },
      { plan: "p2", assessor: "c" },
    ]);
  });

  it("counts kept pairs toward the plan and the loads", () => {
    // p1 keeps c (c's load 1) and, with two choices left, goes first: it takes
    // a (load 0, before b by name). p2 then takes b (load 0) and a (load 1, before c by name).
    const pairs = ok(
      assignPlans({
        plans: ["p1", "p2"],
        assessors: ["a", "b", "c"],
        perPlan: 2,
        conflicts: [],
        kept: [{ plan: "p1", assessor: "c" }],
      }),
    );
    expect(pairs).toEqual([
      { plan: "p1", assessor: "a" },
      { plan: "p2", assessor: "a" },
      { plan: "p2", assessor: "b" },
    ]);
  });

  it("answers the same for the same input in any order", () => {
    const input = {
      plans: ["x", "y", "z", "w"],
      assessors: ["e", "d", "f"],
      perPlan: 2,
      conflicts: [{ plan: "y", assessor: "d" }],
    };
    const reversed = {
      ...input,
      plans: [...input.plans].reverse(),
      assessors: [...input.assessors].reverse(),
    };
    expect(assignPlans(input)).toEqual(assignPlans(reversed));
  });

  it("refuses fewer assessors than per_plan", () => {
    expect(
      assignPlans({ plans: ["p1"], assessors: ["a", "b"], perPlan: 3, conflicts: [] }),
    ).toEqual({
      ok: false,
      problem: { code: "too_few_assessors", assessors: 2, perPlan: 3 },
    });
  });

  it("refuses a plan that conflicts leave without enough assessors", () => {
    expect(
      assignPlans({
        plans: ["p1", "p2"],
        assessors: ["a", "b", "c"],
        perPlan: 3,
        conflicts: [{ plan: "p2", assessor: "b" }],
      }),
    ).toEqual({
      ok: false,
      problem: { code: "plan_without_enough", plan: "p2", eligible: 2, perPlan: 3 },
    });
  });
});
