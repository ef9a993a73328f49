// `tsx bench/retention-sweep.ts [--engine pglite|postgres] [--size 10|100]`
//
// The retention sweep over the national-scale data (docs/decisions/023): a
// fresh database, the seed, then sweepRetention as of 2026-01-01 with 7
// years, which erases every registration of the editions of 2018 and before
// (four of the ten generated years). Beside it a probe asks `select 1` every
// 50 ms, as /healthz would: its longest wait is how long the sweep held the
// database from other work (PGlite has one connection for everything). Not
// in `npm run bench`: the sweep changes the data the other cases measure.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { migrateToLatest } from "../db/migrate.server";
import { sweepRetention } from "../db/queries/privacy.server";
import { loadScaleData } from "../seeds/scale-seed.server";
import { createBenchDatabase, openBenchDatabase, postgresServerUrl } from "./databases";
import { scaleOf } from "./sizes";
import { timed } from "./timing";
import type { Engine } from "./types";

const { values: args } = parseArgs({
  options: {
    engine: { type: "string", default: "pglite" },
    size: { type: "string", default: "10" },
  },
});
const engine: Engine = args.engine === "postgres" ? "postgres" : "pglite";
const fraction = Number(args.size) / 100;

const workDir = await mkdtemp(path.join(tmpdir(), "retention-sweep-"));
const database = await createBenchDatabase(engine, postgresServerUrl(), workDir, "sweep");
const env = {
  engine,
  target: database.target,
  fraction,
  quick: false,
  workDir,
  extra: {},
} as const;
const { db } = await openBenchDatabase(env);
try {
  await migrateToLatest(db);
  await loadScaleData(db, scaleOf(env));
  let longestWait = 0;
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const { seconds } = await timed(() => sql`select 1`.execute(db));
      longestWait = Math.max(longestWait, seconds);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const { result, seconds } = await timed(() =>
    sweepRetention(db, 7, new Date("2026-01-01T00:00:00Z"), { userId: null, actor: "bench" }),
  );
  probing = false;
  await probe;
  const registrations = result.editions.reduce((n, e) => n + e.registrations, 0);
  console.log(
    `${engine} ${args.size}%: ${registrations} registrations of ${result.editions.length} editions erased in ${seconds.toFixed(1)} s; the probe's longest wait ${longestWait.toFixed(2)} s`,
  );
} finally {
  await db.destroy();
  await database.drop();
  await rm(workDir, { recursive: true, force: true });
}
