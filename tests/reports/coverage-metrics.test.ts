// Follow-up coverage (shared/spec/evaluation.md) from counts, computed by
// hand. The Wilson and Newcombe figures were worked out apart from this code
// (a short calculation of the formulas in the specification, z = 1.959964)
// and are written here as numbers.
import { describe, expect, it } from "vitest";
import { emptyParts, type MetricParts } from "../../core/metric-parts";
import { deriveMetrics } from "../../reports/metrics/compute";
import { sumParts } from "../../reports/metrics/parts";

interface FollowUp {
  awarded: number;
  followed: number;
  active: number;
  followedUnfunded: number;
  activeUnfunded: number;
}

function parts(f: FollowUp): MetricParts {
  const empty = emptyParts(0);
  return {
    ...empty,
    counts: {
      ...empty.counts,
      awarded: f.awarded,
      followed_12m: f.followed,
      active_12m: f.active,
      followed_12m_unfunded: f.followedUnfunded,
      active_12m_unfunded: f.activeUnfunded,
    },
  };
}

describe("follow-up coverage metrics", () => {
  it("bound survival by counting the unfollowed as stopped, then as running", () => {
    const { metrics } = deriveMetrics(
      parts({ awarded: 20, followed: 12, active: 9, followedUnfunded: 10, activeUnfunded: 5 }),
    );
    expect(metrics.followup_rate_12m).toBeCloseTo(0.6, 12); // 12 / 20
    expect(metrics.survival_12m_bound_low).toBeCloseTo(0.45, 12); // 9 / 20
    expect(metrics.survival_12m_bound_high).toBeCloseTo(0.85, 12); // (9 + 8) / 20
    // survival itself lies between the bounds: 9 / 12 = 0.75
    expect(metrics.survival_12m).toBeCloseTo(0.75, 12);
  });

  it("give funded minus comparison with Newcombe's hybrid score interval", () => {
    const { metrics } = deriveMetrics(
      parts({ awarded: 20, followed: 12, active: 9, followedUnfunded: 10, activeUnfunded: 5 }),
    );
    // d = 9/12 − 5/10 = 0.25.
    // Wilson 9 of 12: centre 0.689376, half 0.221682 → l1 0.467695, u1 0.911058.
    // Wilson 5 of 10: centre 0.5, half 0.263407 → l0 0.236593, u0 0.763407.
    // low  = 0.25 − √((0.75 − 0.467695)² + (0.763407 − 0.5)²) = 0.25 − 0.386108 = −0.136108
    // high = 0.25 + √((0.911058 − 0.75)² + (0.5 − 0.236593)²) = 0.25 + 0.308744 = 0.558744
    expect(metrics.survival_12m_difference).toBeCloseTo(0.25, 12);
    expect(metrics.survival_12m_difference_low).toBeCloseTo(-0.136108150783, 9);
    expect(metrics.survival_12m_difference_high).toBeCloseTo(0.558744209924, 9);
  });

  it("rest the coverage on the awards and the difference on the smaller followed group", () => {
    const { rates } = deriveMetrics(
      parts({ awarded: 20, followed: 12, active: 9, followedUnfunded: 10, activeUnfunded: 5 }),
    );
    expect(rates.followup_rate_12m).toEqual({ n: 20, few_cases: false });
    expect(rates.survival_12m_bound_high).toEqual({ n: 20, few_cases: false });
    expect(rates.survival_12m_difference).toEqual({ n: 10, few_cases: false });
    const fewer = deriveMetrics(
      parts({ awarded: 20, followed: 12, active: 9, followedUnfunded: 9, activeUnfunded: 5 }),
    );
    expect(fewer.rates.survival_12m_difference_low).toEqual({ n: 9, few_cases: true });
  });

  it("are null without awards, and the difference without either group", () => {
    const none = deriveMetrics(
      parts({ awarded: 0, followed: 0, active: 0, followedUnfunded: 4, activeUnfunded: 2 }),
    ).metrics;
    expect(none.followup_rate_12m).toBeNull();
    expect(none.survival_12m_bound_low).toBeNull();
    expect(none.survival_12m_bound_high).toBeNull();
    expect(none.survival_12m_difference).toBeNull();

    // five awards, none followed: coverage 0, survival anywhere from 0 to 1
    const unfollowed = deriveMetrics(
      parts({ awarded: 5, followed: 0, active: 0, followedUnfunded: 4, activeUnfunded: 2 }),
    ).metrics;
    expect(unfollowed.followup_rate_12m).toBe(0);
    expect(unfollowed.survival_12m_bound_low).toBe(0);
    expect(unfollowed.survival_12m_bound_high).toBe(1);
    expect(unfollowed.survival_12m_difference).toBeNull();
    expect(unfollowed.survival_12m_difference_low).toBeNull();
    expect(unfollowed.survival_12m_difference_high).toBeNull();

    // no comparison group: survival_12m_unfunded is null, so is the difference
    const alone = deriveMetrics(
      parts({ awarded: 5, followed: 4, active: 3, followedUnfunded: 0, activeUnfunded: 0 }),
    ).metrics;
    expect(alone.survival_12m_unfunded).toBeNull();
    expect(alone.survival_12m_difference).toBeNull();
    expect(alone.survival_12m_difference_high).toBeNull();
  });

  it("pool two editions by summing counts, never by averaging their figures", () => {
    // A: 10 awards, 7 followed, 5 active; comparison 3 of 5 (d = 5/7 − 3/5 = 0.114286)
    // B: 10 awards, 5 followed, 4 active; comparison 2 of 5 (d = 4/5 − 2/5 = 0.4)
    const a = parts({
      awarded: 10,
      followed: 7,
      active: 5,
      followedUnfunded: 5,
      activeUnfunded: 3,
    });
    const b = parts({
      awarded: 10,
      followed: 5,
      active: 4,
      followedUnfunded: 5,
      activeUnfunded: 2,
    });
    const { metrics } = deriveMetrics(sumParts([a, b]));
    // Summed: 20 awards, 12 followed, 9 active; comparison 5 of 10: the case above.
    expect(metrics.followup_rate_12m).toBeCloseTo(0.6, 12); // 12 / 20
    expect(metrics.survival_12m_bound_low).toBeCloseTo(0.45, 12);
    expect(metrics.survival_12m_bound_high).toBeCloseTo(0.85, 12);
    // 0.25, not the mean of the two differences (0.257143)
    expect(metrics.survival_12m_difference).toBeCloseTo(0.25, 12);
    expect(metrics.survival_12m_difference_low).toBeCloseTo(-0.136108150783, 9);
    expect(metrics.survival_12m_difference_high).toBeCloseTo(0.558744209924, 9);
    // Edition A alone, for contrast: Wilson 5 of 7 0.358934..0.917781, 3 of 5 0.230724..0.882379
    const alone = deriveMetrics(a).metrics;
    expect(alone.survival_12m_difference_low).toBeCloseTo(-0.339600338732, 9);
    expect(alone.survival_12m_difference_high).toBeCloseTo(0.53591934715, 9);
  });
});
