// How big each run is: the national dataset and the import files, in full
// and in the quick version that CI runs in seconds.
import { DEFAULT_SCALE, type ScaleOptions } from "../seeds/scale";
import type { BenchEnv } from "./types";

const FULL_RUN_PERCENTS = [10, 100];

/**
 * Shares of the full data the benchmarks run at, to see how figures grow.
 * The quick run, there to keep the harness working, takes one size only;
 * `--size 10` or `--size 100` runs one of the full run's sizes alone.
 */
export function fractions(quick: boolean, size?: string): number[] {
  if (quick) return [1];
  if (size === undefined) return FULL_RUN_PERCENTS.map((percent) => percent / 100);
  const percent = Number(size);
  if (!FULL_RUN_PERCENTS.includes(percent))
    throw new Error(`--size ${size}: choose one of ${FULL_RUN_PERCENTS.join(", ")}`);
  return [percent / 100];
}

const QUICK_SCALE: ScaleOptions = { ...DEFAULT_SCALE, municipalities: 4, years: 2 };

/** The national dataset at the environment's fraction. */
export function scaleOf(env: Pick<BenchEnv, "quick" | "fraction">): ScaleOptions {
  const full = env.quick ? QUICK_SCALE : DEFAULT_SCALE;
  return { ...full, municipalities: Math.max(1, Math.round(full.municipalities * env.fraction)) };
}

/** Rows of an import file at the environment's fraction. */
export function rowsOf(env: Pick<BenchEnv, "quick" | "fraction">, full: number, quick: number) {
  return Math.round((env.quick ? quick : full) * env.fraction);
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
