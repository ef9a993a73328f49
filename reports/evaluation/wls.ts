// Weighted least squares with heteroskedasticity-consistent (HC1) standard
// errors, as shared/spec/evaluation.md fixes them:
//   β = (X'WX)⁻¹ X'W y,
//   V = n/(n−k) · (X'WX)⁻¹ X'W diag(e²) W X (X'WX)⁻¹,
// with e the residuals and n the number of rows with a weight above 0 (a row
// of weight 0 adds nothing to either product, so it is left out entirely).
// The designs here have four columns; the code takes any number.

export type Matrix = number[][];

export interface WlsFit {
  coefficients: number[];
  /** The HC1 covariance matrix of the coefficients. */
  covariance: Matrix;
  /** Rows with a weight above 0. */
  n: number;
}

function zeros(rows: number, columns: number): Matrix {
  return Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
}

function at(matrix: Matrix, i: number, j: number): number {
  return (matrix[i] as number[])[j] as number;
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  const columns = b[0]?.length ?? 0;
  const result = zeros(a.length, columns);
  for (let i = 0; i < a.length; i++) {
    const row = result[i] as number[];
    for (let j = 0; j < columns; j++) {
      let total = 0;
      for (let m = 0; m < b.length; m++) total += at(a, i, m) * at(b, m, j);
      row[j] = total;
    }
  }
  return result;
}

/** Relative size below which a pivot counts as zero: the design is singular. */
const SINGULAR = 1e-12;

/**
 * The inverse by Gauss–Jordan elimination with partial pivoting; null where
 * the matrix is singular (say, every sample member on one side of the line
 * has the same score, so the slope there is not determined).
 */
export function invert(matrix: Matrix): Matrix | null {
  const size = matrix.length;
  const scale = Math.max(...matrix.map((row, i) => Math.abs(row[i] ?? 0)), 0);
  if (!(scale > 0)) return null;
  // [A | I], reduced to [I | A⁻¹].
  const work = matrix.map((row, i) => [
    ...row,
    ...Array.from({ length: size }, (_, j) => (i === j ? 1 : 0)),
  ]);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(at(work, row, column)) > Math.abs(at(work, pivot, column))) pivot = row;
    }
    if (Math.abs(at(work, pivot, column)) <= SINGULAR * scale) return null;
    [work[column], work[pivot]] = [work[pivot] as number[], work[column] as number[]];
    const pivotRow = work[column] as number[];
    const divisor = pivotRow[column] as number;
    for (let j = 0; j < 2 * size; j++) pivotRow[j] = (pivotRow[j] as number) / divisor;
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const target = work[row] as number[];
      const factor = target[column] as number;
      if (factor === 0) continue;
      for (let j = 0; j < 2 * size; j++) {
        target[j] = (target[j] as number) - factor * (pivotRow[j] as number);
      }
    }
  }
  return work.map((row) => row.slice(size));
}

/**
 * Fits `y` on the columns of `x` with weights `w`. Null where fewer rows
 * than columns plus one have a weight (HC1 divides by n − k) or the design is
 * singular.
 */
export function weightedLeastSquares(
  x: readonly (readonly number[])[],
  y: readonly number[],
  w: readonly number[],
): WlsFit | null {
  const k = x[0]?.length ?? 0;
  const rows: number[] = [];
  for (let i = 0; i < x.length; i++) if ((w[i] as number) > 0) rows.push(i);
  const n = rows.length;
  if (k === 0 || n <= k) return null;

  // X'WX and X'Wy
  const xtwx = zeros(k, k);
  const xtwy = new Array<number>(k).fill(0);
  for (const i of rows) {
    const xi = x[i] as readonly number[];
    const wi = w[i] as number;
    for (let a = 0; a < k; a++) {
      const wxa = wi * (xi[a] as number);
      xtwy[a] = (xtwy[a] as number) + wxa * (y[i] as number);
      const row = xtwx[a] as number[];
      for (let b = 0; b < k; b++) row[b] = (row[b] as number) + wxa * (xi[b] as number);
    }
  }
  const inverse = invert(xtwx);
  if (!inverse) return null;
  const coefficients = inverse.map((row) =>
    row.reduce((total, value, b) => total + value * (xtwy[b] as number), 0),
  );

  // X'W diag(e²) W X = Σ (w e)² x x'
  const meat = zeros(k, k);
  for (const i of rows) {
    const xi = x[i] as readonly number[];
    const fitted = xi.reduce((total, value, a) => total + value * (coefficients[a] as number), 0);
    const we = (w[i] as number) * ((y[i] as number) - fitted);
    const we2 = we * we;
    for (let a = 0; a < k; a++) {
      const row = meat[a] as number[];
      for (let b = 0; b < k; b++) {
        row[b] = (row[b] as number) + we2 * (xi[a] as number) * (xi[b] as number);
      }
    }
  }
  const factor = n / (n - k);
  const covariance = multiply(multiply(inverse, meat), inverse).map((row) =>
    row.map((value) => factor * value),
  );
  return { coefficients, covariance, n };
}
