// What bench/run.ts asks of bench/child.ts, and what the child answers on the
// last line of its output.
import type { BenchEnv, Measured } from "./types";

export const RESULT_PREFIX = "BENCH_RESULT ";

export type StepName = "prepare" | "figure" | "baseline" | "cleanup";

/**
 * Steps of a case, run in order in one process (at most one of them
 * measures), or loading the national dataset for the environment.
 */
export type StepRequest =
  | { kind: "case"; benchmark: string; caseId: string; steps: StepName[]; env: BenchEnv }
  | { kind: "seed"; env: BenchEnv };

export interface StepResult {
  measured: Measured | null;
  /** Peak resident memory of this process. */
  maxRssBytes: number;
}
