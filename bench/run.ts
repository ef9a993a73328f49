// `npm run bench [-- --quick] [--out FOLDER] [--only ID,…] [--engine postgres|pglite] [--size 10|100]`
//
// For each engine and each data size (10% and 100% of the national dataset;
// --quick: a few editions): a fresh database, the national-scale seed, then
// every benchmark's cases, each step in a child process. Writes results.md
// and results.json to bench/ (--quick: to a temporary folder). Exits 1 when a
// step failed, not when a target is missed: the numbers are the output.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { hasBuild } from "./app-server";
import {
  type BenchDatabase,
  createBenchDatabase,
  postgresAnswers,
  postgresServerUrl,
} from "./databases";
import { currentCommit, describeMachine } from "./machine";
import { loadBenchmarks } from "./registry";
import { type Sample, toRows, writeResults } from "./report";
import { combineRounds, type Round } from "./rounds";
import { fractions } from "./sizes";
import { RESULT_PREFIX, type StepName, type StepRequest, type StepResult } from "./step-protocol";
import type { BenchEnv, Benchmark, Case, CaseInfo, Engine, Measured } from "./types";

const projectRoot = path.resolve(import.meta.dirname, "..");
const ENGINES: readonly Engine[] = ["postgres", "pglite"];

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    out: { type: "string" },
    only: { type: "string" },
    engine: { type: "string" },
    size: { type: "string" },
  },
});

function log(text: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);
}

/** Runs `command` in the project folder; rejects on a non-zero exit. */
function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: projectRoot,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

async function runStep(request: StepRequest): Promise<StepResult> {
  const out = await run(process.execPath, ["--import", "tsx", "bench/child.ts"], {
    ...process.env,
    BENCH_STEP: JSON.stringify(request),
  });
  const line = out.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) throw new Error("the step printed no result");
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as StepResult;
}

/** Runs the steps the case has, in one child process; what the measuring one measured. */
async function caseSteps(
  benchmark: Benchmark,
  testCase: Case,
  steps: StepName[],
  env: BenchEnv,
): Promise<Measured | null> {
  const present = steps.filter((step) => testCase[step]);
  if (present.length === 0) return null;
  const { measured, maxRssBytes } = await runStep({
    kind: "case",
    benchmark: benchmark.id,
    caseId: testCase.id,
    steps: present,
    env,
  });
  // A step measures its own process unless it says whose memory counts.
  return measured && { peakBytes: maxRssBytes, ...measured };
}

function emptySample(benchmark: string, testCase: CaseInfo, env: BenchEnv): Sample {
  return {
    benchmark,
    testCase,
    engine: env.engine,
    fraction: env.fraction,
    figure: null,
    baseline: null,
    error: null,
  };
}

/** The figure, then the baseline after it, each in a process of its own. */
async function runRound(benchmark: Benchmark, testCase: Case, env: BenchEnv): Promise<Round> {
  // The figure alone in its process: its peak memory is the one reported.
  const figure = await caseSteps(benchmark, testCase, ["figure"], env);
  const after: StepName[] = testCase.baseline ? ["cleanup", "baseline", "cleanup"] : ["cleanup"];
  return { figure, baseline: await caseSteps(benchmark, testCase, after, env) };
}

async function runCase(benchmark: Benchmark, testCase: Case, env: BenchEnv): Promise<Sample> {
  const sample = emptySample(benchmark.id, testCase, env);
  try {
    await caseSteps(benchmark, testCase, ["prepare"], env);
    const rounds: Round[] = [];
    const wanted = env.quick ? 1 : (testCase.rounds ?? 1);
    while (rounds.length < wanted) rounds.push(await runRound(benchmark, testCase, env));
    Object.assign(sample, combineRounds(testCase, rounds));
  } catch (error) {
    sample.error = error instanceof Error ? error.message : String(error);
  }
  const shown = (m: Measured | null) => (m ? `${m.value.toFixed(1)} ${testCase.unit}` : "–");
  log(
    `${env.engine} ${env.fraction * 100}% ${testCase.id}: ${shown(sample.figure)} (baseline ${shown(sample.baseline)})${sample.error ? ` ERROR ${sample.error}` : ""}`,
  );
  return sample;
}

/** Loading the national dataset is itself a figure worth keeping. */
const SEED_CASE: CaseInfo = {
  id: "seed-scale",
  title:
    "Load the national-scale dataset (seed scale: COPY, streamed on PostgreSQL, in chunks on PGlite)",
  size: "all tables",
  unit: "rows/s",
};

async function runEnvironment(env: BenchEnv, chosen: readonly Benchmark[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  const seed = emptySample("seed", SEED_CASE, env);
  try {
    const { measured, maxRssBytes } = await runStep({ kind: "seed", env });
    seed.figure = measured && { peakBytes: maxRssBytes, ...measured };
    log(
      `${env.engine} ${env.fraction * 100}% seeded: ${measured?.note} in ${measured?.seconds.toFixed(1)} s`,
    );
  } catch (error) {
    seed.error = error instanceof Error ? error.message : String(error);
    return [seed];
  }
  samples.push(seed);
  for (const benchmark of chosen) {
    if (!benchmark.engines.includes(env.engine)) continue;
    let setup: Awaited<ReturnType<NonNullable<Benchmark["setup"]>>> | undefined;
    try {
      setup = await benchmark.setup?.(env);
    } catch (error) {
      // Every case of the benchmark fails with the reason; the others still run.
      const reason = error instanceof Error ? error.message : String(error);
      for (const testCase of benchmark.cases(env)) {
        samples.push({ ...emptySample(benchmark.id, testCase, env), error: `setup: ${reason}` });
      }
      log(`${env.engine} ${env.fraction * 100}% ${benchmark.id}: setup failed: ${reason}`);
      continue;
    }
    const withExtra: BenchEnv = { ...env, extra: setup?.extra ?? {} };
    try {
      for (const testCase of benchmark.cases(withExtra)) {
        samples.push(await runCase(benchmark, testCase, withExtra));
      }
    } finally {
      await setup?.stop();
    }
  }
  return samples;
}

async function main(): Promise<number> {
  const quick = args.quick ?? false;
  const only = args.only?.split(",");
  const sizes = fractions(quick, args.size);
  const chosen = await loadBenchmarks(only);
  const serverUrl = postgresServerUrl();
  const postgres = await postgresAnswers(serverUrl);
  if (!postgres) log(`PostgreSQL does not answer at ${serverUrl}: PGlite only.`);
  const engines = ENGINES.filter(
    (engine) => (engine !== "postgres" || postgres) && (!args.engine || args.engine === engine),
  );
  if (chosen.some((b) => b.id === "http") && !hasBuild()) {
    log("no build yet: npm run build");
    await run("npm", ["run", "build"]);
  }
  const workDir = await mkdtemp(path.join(tmpdir(), "impact-bench-"));
  let database: BenchDatabase | undefined;
  // Stopped halfway (Ctrl-C): leave no database or scratch folder behind.
  const interrupted = async () => {
    await database?.drop();
    await rm(workDir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  const samples: Sample[] = [];
  try {
    for (const engine of engines) {
      for (const fraction of sizes) {
        const label = `${Math.round(fraction * 100)}`;
        database = await createBenchDatabase(engine, serverUrl, workDir, label);
        const env: BenchEnv = {
          engine,
          target: database.target,
          fraction,
          quick,
          workDir,
          extra: {},
        };
        try {
          samples.push(...(await runEnvironment(env, chosen)));
        } finally {
          await database.drop();
        }
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  const out =
    args.out ??
    (quick ? path.join(tmpdir(), "impact-bench-quick") : path.join(projectRoot, "bench"));
  const files = await writeResults(out, {
    date: new Date().toISOString(),
    commit: await currentCommit(),
    quick,
    machine: await describeMachine(postgres ? serverUrl : null),
    rows: toRows(samples),
  });
  log(`written: ${files.join(", ")}`);
  const failed = samples.filter((s) => s.error);
  for (const s of failed) log(`failed: ${s.engine} ${s.testCase.id}: ${s.error}`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
