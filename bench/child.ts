// One step of one benchmark case, in a process of its own so that its peak
// memory is its own. bench/run.ts starts it with the step in BENCH_STEP and
// reads the last line of its output.

import { sql } from "kysely";
import { limitHeapGrowth } from "../bin/heap-growth";
import { type OpenDatabase, openBenchDatabase } from "./databases";
import { loadBenchmark } from "./registry";
import { scaleOf } from "./sizes";
import { RESULT_PREFIX, type StepRequest, type StepResult } from "./step-protocol";
import { timed } from "./timing";
import type { BenchEnv, Measured, StepContext } from "./types";

function lazyDatabase(env: BenchEnv) {
  let opened: Promise<OpenDatabase> | undefined;
  const open = () => {
    opened ??= openBenchDatabase(env);
    return opened;
  };
  return {
    db: async () => (await open()).db,
    pglite: async () => (await open()).pglite,
    close: async () => {
      if (opened) await (await opened).db.destroy();
    },
  };
}

async function seed(ctx: StepContext): Promise<Measured> {
  // Loaded here: the steps of the cases need neither.
  const { migrateToLatest } = await import("../db/migrate.server");
  const { loadScaleData } = await import("../seeds/scale-seed.server");
  const db = await ctx.db();
  await migrateToLatest(db);
  const { result: counts, seconds } = await timed(() => loadScaleData(db, scaleOf(ctx.env)));
  const rows = Object.values(counts).reduce((total, n) => total + n, 0);
  // What a database in use did long ago: the fresh rows' hint bits and
  // visibility map set (VACUUM) and the pages written out (CHECKPOINT).
  // Left undone, the first case that reads every table (the research
  // workbook) pays for setting them, and the next for writing them out.
  await sql`vacuum`.execute(db);
  // CHECKPOINT needs a superuser (or pg_checkpoint): a server that refuses
  // writes the pages out on its own schedule, and the run goes on.
  if (ctx.env.engine === "postgres") await sql`checkpoint`.execute(db).catch(() => {});
  return { value: rows / seconds, seconds, note: `${rows.toLocaleString("en-US")} rows` };
}

async function runSteps(request: StepRequest, ctx: StepContext): Promise<Measured | null> {
  if (request.kind === "seed") return seed(ctx);
  const benchmark = await loadBenchmark(request.benchmark);
  const found = benchmark.cases(request.env).find((c) => c.id === request.caseId);
  if (!found) throw new Error(`no case ${request.benchmark}/${request.caseId}`);
  let measured: Measured | null = null;
  for (const name of request.steps) {
    if (name === "figure" || name === "baseline") measured = (await found[name]?.(ctx)) ?? null;
    else await found[name]?.(ctx);
  }
  return measured;
}

// As in the product's own process (bin/impact.ts): figure and baseline alike.
limitHeapGrowth();
const request = JSON.parse(process.env.BENCH_STEP ?? "null") as StepRequest | null;
if (!request) throw new Error("bench/child.ts runs from bench/run.ts (BENCH_STEP is not set)");
const database = lazyDatabase(request.env);
try {
  const ctx: StepContext = { env: request.env, db: database.db, pglite: database.pglite };
  const measured = await runSteps(request, ctx);
  const result: StepResult = { measured, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`);
} finally {
  await database.close();
}
