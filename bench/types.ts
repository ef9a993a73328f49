// The shapes of the benchmark harness. A benchmark is a module with a list
// of cases; each case measures a figure and, where there is one, its raw
// baseline, each in a child process of its own so that its peak memory is its
// own. bench/registry.ts lists every benchmark.
import type { PGlite } from "@electric-sql/pglite";
import type { Db } from "../db/connection.server";

export type Engine = "postgres" | "pglite";

/** Where one run of the cases happens: serialisable, handed to child processes. */
export interface BenchEnv {
  engine: Engine;
  /** PostgreSQL: the throwaway database's URL; PGlite: its data folder. */
  target: string;
  /** Share of the full national dataset loaded (0.1, 1). */
  fraction: number;
  /** The small version that CI runs. */
  quick: boolean;
  /** Scratch folder for generated files; removed after the run. */
  workDir: string;
  /** What a benchmark's setup hands to its cases (a server's address, say). */
  extra: Record<string, string>;
}

/** What one step measured. */
export interface Measured {
  /** In the case's unit. */
  value: number;
  /** Wall-clock seconds of the measured work: the basis of the growth figure. */
  seconds: number;
  /** Peak memory of the thing measured, where it is not the step's own process. */
  peakBytes?: number;
  /** Requests or rows that failed. */
  errors?: number;
  note?: string;
}

/**
 * The database opens when a step first asks for it: a PGlite folder that the
 * web server holds must not be opened a second time by an HTTP step.
 */
export interface StepContext {
  env: BenchEnv;
  db: () => Promise<Db>;
  /** The embedded database itself, for what Kysely cannot do (COPY from a blob). */
  pglite: () => Promise<PGlite | undefined>;
}

export type Step = (ctx: StepContext) => Promise<Measured>;

/** A figure beside its baseline: what `met` gets to decide on. */
export interface Comparison {
  value: number;
  baseline: number | null;
  /** value / baseline. */
  ratio: number | null;
  /** seconds at 100% of the data / seconds at 10%; null on the smaller run. */
  growth: number | null;
  /** peak memory at 100% / at 10%; null on the smaller run. */
  memoryGrowth: number | null;
  /** Peak memory of the figure, in MB; null when not known. */
  peakMb: number | null;
  /** Failures while measuring the figure. */
  errors: number;
}

export interface Target {
  text: string;
  met: (comparison: Comparison) => boolean;
}

/** What the results say about a case. */
export type CaseInfo = Pick<Case, "id" | "title" | "size" | "unit" | "target" | "baselineTitle">;

export interface Case {
  /** Unique within its benchmark; stable, for results.json. */
  id: string;
  title: string;
  /** How much work, in words: "1,000,000 rows". */
  size: string;
  unit: "rows/s" | "ms";
  /** Only where the number has a target; otherwise it is recorded as information. */
  target?: Target;
  baselineTitle?: string;
  /** Runs once before the figure and the baseline (writing a file, say). */
  prepare?: (ctx: StepContext) => Promise<void>;
  figure: Step;
  baseline?: Step;
  /** Runs after the figure and after the baseline: leaves the database as it was. */
  cleanup?: (ctx: StepContext) => Promise<void>;
  /**
   * Figure and baseline measured this many times, in turn (not with --quick):
   * for a ratio that one run's noise swings across its target. The figure's
   * median run is reported beside the baseline's best (bench/rounds.ts).
   */
  rounds?: number;
}

export interface Benchmark {
  id: string;
  engines: readonly Engine[];
  /**
   * The cases for one environment. Called in the parent and again in each
   * child, so it must be cheap and give the same cases each time.
   */
  cases: (env: BenchEnv) => Case[];
  /** Runs in the parent around all cases of one environment (starting a server, say). */
  setup?: (env: BenchEnv) => Promise<{ extra: Record<string, string>; stop: () => Promise<void> }>;
}
