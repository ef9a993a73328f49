import { describe, expect, it } from "vitest";
import { invert, multiply, weightedLeastSquares } from "../../reports/evaluation/wls";

// Six rows, three on each side of the line, with [1, T, r, T·r] as columns.
// The fit splits into a weighted straight line per side: the intercept is
// the line's value at r = 0 below, T's coefficient the jump to the line above.
//
//   side   r   y   w
//   below −3   0   1
//   below −2   1   2
//   below −1   0   1
//   above  0   1   2
//   above  1   0   1
//   above  2   1   1
//
// Below: W = 4, r̄ = (−3 − 4 − 1)/4 = −2, ȳ = 2/4 = 1/2,
//   Sxx = Σw(r − r̄)² = 1 + 0 + 1 = 2, Sxy = Σw(r − r̄)(y − ȳ) = (−1)(−½) + 0 + (1)(−½) = 0:
//   slope 0, intercept ½, residuals −½, ½, −½.
// Above: W = 4, r̄ = 3/4, ȳ = 3/4, Sxx = 2·9/16 + 1/16 + 25/16 = 11/4,
//   Sxy = 2(−¾)(¼) + (¼)(−¾) + (5/4)(¼) = −¼: slope −1/11,
//   intercept ¾ + ¾·1/11 = 9/11, residuals 2/11, −8/11, 4/11.
// So β = [½, 9/11 − ½ = 7/22, 0, −1/11].
//
// HC1 of the jump: each intercept is Σ c_i y_i with c_i = w_i(1/W − r̄(r_i − r̄)/Sxx),
// and its sandwich variance is Σ c_i² e_i².
//   below: c = −¾, ½, 5/4 (sum 1); Σc²e² = (9/16 + 4/16 + 25/16)·¼ = 19/32
//   above: c = 10/11, 2/11, −1/11 (sum 1); Σc²e² = (100·4 + 4·64 + 1·16)/11⁴ = 672/14641
// The sides share no row, so V_TT = n/(n − 4)·(19/32 + 672/14641) with n = 6:
//   3 · 299683/468512 = 899049/468512 = 1.918945512601598.
// Likewise V_11 (intercept) = 3 · 19/32 = 57/32, and the slope below,
// Σ w(r − r̄)/Sxx · y = −½·y₁ + ½·y₃: V_rr = 3 · (¼·¼ + ¼·¼) = 3/8.
const ROWS = [
  [-3, 0, 1, 0],
  [-2, 1, 2, 0],
  [-1, 0, 1, 0],
  [0, 1, 2, 1],
  [1, 0, 1, 1],
  [2, 1, 1, 1],
] as const;

function fitRows(rows: readonly (readonly number[])[]) {
  return weightedLeastSquares(
    rows.map(([r = 0, , , t = 0]) => [1, t, r, t * r]),
    rows.map((row) => row[1] ?? 0),
    rows.map((row) => row[2] ?? 0),
  );
}

describe("weightedLeastSquares", () => {
  it("solves a six-row fit with HC1 errors as computed by hand", () => {
    const result = fitRows(ROWS);
    expect(result?.n).toBe(6);
    const [intercept, jump, slope, slopeChange] = result?.coefficients ?? [];
    expect(intercept).toBeCloseTo(1 / 2, 12);
    expect(jump).toBeCloseTo(7 / 22, 12);
    expect(slope).toBeCloseTo(0, 12);
    expect(slopeChange).toBeCloseTo(-1 / 11, 12);
    const v = result?.covariance ?? [];
    expect(v[1]?.[1]).toBeCloseTo(899049 / 468512, 12);
    expect(v[0]?.[0]).toBeCloseTo(57 / 32, 12);
    expect(v[2]?.[2]).toBeCloseTo(3 / 8, 12);
    // symmetric
    expect(v[1]?.[3]).toBeCloseTo(v[3]?.[1] ?? Number.NaN, 12);
  });

  it("leaves rows of weight 0 out, also from n in n/(n − 4)", () => {
    const withZero = fitRows([...ROWS, [5, 0, 0, 1], [-5, 1, 0, 0]]);
    expect(withZero?.n).toBe(6);
    expect(withZero?.covariance[1]?.[1]).toBeCloseTo(899049 / 468512, 12);
  });

  it("answers null for a singular design or too few rows", () => {
    // Every row below at the same r: no slope below.
    expect(
      fitRows([
        [-1, 0, 1, 0],
        [-1, 1, 1, 0],
        [-1, 1, 1, 0],
        [0, 1, 1, 1],
        [1, 0, 1, 1],
        [2, 1, 1, 1],
      ]),
    ).toBeNull();
    // n = 4 = k: n/(n − k) undefined.
    expect(fitRows(ROWS.slice(1, 5))).toBeNull();
  });
});

describe("invert", () => {
  it("inverts with pivoting and refuses a singular matrix", () => {
    // [[0, 2], [1, 1]]⁻¹ = 1/(0·1 − 2·1) · [[1, −2], [−1, 0]] = [[−½, 1], [½, 0]]
    const inverse = invert([
      [0, 2],
      [1, 1],
    ]);
    expect(inverse?.[0]?.[0]).toBeCloseTo(-0.5, 14);
    expect(inverse?.[0]?.[1]).toBeCloseTo(1, 14);
    expect(inverse?.[1]?.[0]).toBeCloseTo(0.5, 14);
    expect(inverse?.[1]?.[1]).toBeCloseTo(0, 14);
    expect(
      multiply(
        [
          [0, 2],
          [1, 1],
        ],
        inverse ?? [],
      ),
    ).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(
      invert([
        [1, 2],
        [2, 4],
      ]),
    ).toBeNull();
  });
});
