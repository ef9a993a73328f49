// Adding up the parts of several editions. Counts add; euro amounts and the
// other two-decimal columns add exactly to the cent; "not measured" (null)
// stays null only where no edition measured anything; pooled rows are pooled.
import {
  AMOUNT_PARTS,
  COUNT_PARTS,
  emptyParts,
  MEASURED_PARTS,
  type MetricParts,
  POOLED_PARTS,
  SCORE_PARTS,
} from "../../core/metric-parts";

/**
 * a + b for numbers stored with at most two decimals. Floating point would
 * drift (0.1 + 0.2); rounding the sum to hundredths gives exactly the double
 * that the decimal total parses to.
 */
export function addHundredths(a: number, b: number): number {
  return Math.round((a + b) * 100) / 100;
}

/** A sum of optional values: null only when both are null ("not measured"). */
export function addMeasured(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return addHundredths(a, b);
}

export function sumParts(all: readonly MetricParts[]): MetricParts {
  const total = emptyParts();
  for (const parts of all) {
    for (const key of COUNT_PARTS) total.counts[key] += parts.counts[key];
    for (const key of AMOUNT_PARTS) {
      total.amounts[key] = addHundredths(total.amounts[key], parts.amounts[key]);
    }
    for (const key of MEASURED_PARTS) {
      total.measured[key] = addMeasured(total.measured[key], parts.measured[key]);
    }
    for (const key of SCORE_PARTS) total.scoreSums[key] += parts.scoreSums[key];
    // push one by one: spreading 100,000 values into push() overflows the stack
    for (const key of POOLED_PARTS)
      for (const value of parts.pooled[key]) total.pooled[key].push(value);
  }
  return total;
}
