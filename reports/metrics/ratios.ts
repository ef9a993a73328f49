// Ratios and year-over-year differences with the catalogue's null rules: a
// figure that cannot be computed is null (shown as "–"), never 0, never
// Infinity, never NaN.

/** numerator / denominator; null when either is missing or the denominator is 0. */
export function safeRatio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

// Subtraction in binary floating point shows noise (0.85 - 0.8 is
// 0.04999999999999993). Every figure of this product has far fewer than 12
// significant digits, so rounding a difference to 12 removes the noise only.
const SIGNIFICANT_DIGITS = 12;

/** m(E) - m(previous); null when either value is missing. */
export function delta(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return Number((current - previous).toPrecision(SIGNIFICANT_DIGITS));
}

/** delta / m(previous); null when the previous value is missing or 0. */
export function deltaPct(current: number | null, previous: number | null): number | null {
  return safeRatio(delta(current, previous), previous);
}
