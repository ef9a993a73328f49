// Krippendorff's alpha with the interval metric (shared/spec/evaluation.md,
// "Assessor calibration"): how much the assessors agree beyond what their
// values would agree by chance. 1 is full agreement, 0 chance, below 0 worse.

/**
 * Σ over ordered pairs i ≠ j of (v_i − v_j)², as 2m × Σ (v − mean)², which
 * is the same sum without visiting every pair (and without the cancellation
 * of the textbook form 2(m Σv² − (Σv)²)).
 */
function pairedSquares(values: readonly number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return 2 * values.length * values.reduce((sum, v) => sum + (v - mean) ** 2, 0);
}

/**
 * Alpha over units (applicants), each with the values its assessors gave.
 * Only units with 2+ values are pairable. With n pairable values:
 * D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} (v_i − v_j)²,
 * D_e = 1/(n(n − 1)) Σ_{i≠j over all} (v_i − v_j)², alpha = 1 − D_o / D_e;
 * null where D_e = 0 or fewer than 2 units are pairable.
 */
export function intervalAlpha(units: readonly (readonly number[])[]): number | null {
  const pairable = units.filter((values) => values.length >= 2);
  if (pairable.length < 2) return null;
  const all = pairable.flat();
  const n = all.length;
  // D_e = 0 exactly when every pairable value is the same.
  if (all.every((v) => v === all[0])) return null;
  const observed =
    pairable.reduce((sum, values) => sum + pairedSquares(values) / (values.length - 1), 0) / n;
  const expected = pairedSquares(all) / (n * (n - 1));
  return 1 - observed / expected;
}
