// What the evaluation page draws (shared/spec/evaluation.md, "The effect at
// the budget line"): the sample at bandwidth h in bins of score relative to
// the line, each bin's share still running after 12 months, and the fitted
// line of Y on each side. Pure; the fit is the one the estimate makes.
import type { EvaluationApplicant } from "../../core/evaluation-sample";
import type { Cutoffs } from "./sample";
import { rddSample } from "./sample";
import { weightedLeastSquares } from "./wls";

/** Bins per side of the line: enough to see a shape, few enough to fill. */
export const BINS_PER_SIDE = 5;

export type Side = "below" | "above";

export interface PlotBin {
  side: Side;
  /** The bin's centre, in score points relative to the line. */
  r: number;
  /** The (unweighted) share of the bin's members still running after 12 months. */
  survival: number;
  n: number;
}

export interface PlotLinePoint {
  side: Side;
  r: number;
  survival: number;
}

export interface DiscontinuityPlot {
  bandwidth: number;
  bins: PlotBin[];
  /** Two points per side from the fit of Y on [1, T, r, T·r]; empty without a fit. */
  lines: PlotLinePoint[];
}

export function discontinuityPlot(
  applicants: readonly EvaluationApplicant[],
  cutoffs: Cutoffs,
  bandwidth: number,
  withFit: boolean,
): DiscontinuityPlot {
  const members = rddSample(applicants, cutoffs.used, bandwidth);
  const width = bandwidth / BINS_PER_SIDE;
  const groups = new Map<number, { side: Side; n: number; y: number }>();
  for (const m of members) {
    // Below: bins -1..-5 ([-h, -h + width) ... [-width, 0)); above: 0..4.
    const index = Math.floor(m.r / width);
    const bin = Math.min(Math.max(index, -BINS_PER_SIDE), BINS_PER_SIDE - 1);
    const group = groups.get(bin) ?? { side: m.t === 1 ? "above" : "below", n: 0, y: 0 };
    group.n += 1;
    group.y += m.y;
    groups.set(bin, group);
  }
  const bins = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, g]) => ({
      side: g.side,
      r: (index + 0.5) * width,
      survival: g.y / g.n,
      n: g.n,
    }));
  const lines: PlotLinePoint[] = [];
  if (withFit && members.length > 0) {
    const fit = weightedLeastSquares(
      members.map((m) => [1, m.t, m.r, m.t * m.r]),
      members.map((m) => m.y),
      members.map((m) => m.w),
    );
    if (fit) {
      const [b0, b1, b2, b3] = fit.coefficients as [number, number, number, number];
      lines.push(
        { side: "below", r: -bandwidth, survival: b0 - b2 * bandwidth },
        { side: "below", r: 0, survival: b0 },
        { side: "above", r: 0, survival: b0 + b1 },
        { side: "above", r: bandwidth, survival: b0 + b1 + (b2 + b3) * bandwidth },
      );
    }
  }
  return { bandwidth, bins, lines };
}
