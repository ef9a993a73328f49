import cluster from "node:cluster";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createHttpApp } from "../../app/http.server";
import { translator } from "../../core/i18n/messages";
import { loadConfig } from "../../db/config";
import { type Db, keepConnectionsOpen, recordServingPort } from "../../db/connection.server";
import { DEMO_ACCOUNTS } from "../../db/demo-accounts";
import { migrateToLatest } from "../../db/migrate.server";
import { hasDemoData } from "../../db/queries/imports.server";
import { rebuildMissingParts } from "../../db/queries/metric-parts-rebuild.server";
import { prepareFormWriters } from "../../import/forms/writers.server";
import { ensureDemoAccounts, isDatabaseEmpty, loadDemoData } from "../../seeds/demo-seed.server";
import {
  type CliIo,
  type Command,
  type CommandIo,
  EXIT,
  type ExitCode,
  parseCommandArgs,
  RefusedError,
} from "../cli";
import { startRetentionTimer } from "../retention-timer";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export const serveCommand: Command = {
  name: "serve",
  summary: "cli.serve.summary",
  usage: "cli.serve.usage",
  async run(args, io) {
    parseCommandArgs(args, {});
    const t = translator(io.language);
    const config = loadConfig();
    const buildFile = path.join(projectRoot, "build/index.js");
    // A worker finds the schema and the demo data ready: the first process saw to them.
    if (cluster.isWorker) return serveRequests(io, config.port, buildFile);
    // Opened first: an embedded folder that another process has open is
    // refused before anything else is said (decision 019).
    const db = await io.db("as-is");
    if (!existsSync(buildFile)) {
      throw new RefusedError("cli.serve.noBuild");
    }
    await migrateToLatest(db);
    if (config.demoOnStart && (await isDatabaseEmpty(db))) {
      await loadDemoData(db);
      io.out(t("cli.serve.demoLoaded"));
    }
    // Demo data without any account (a data folder from before accounts existed) gets them too.
    const demo = config.demoOnStart && (await hasDemoData(db));
    if (demo) await ensureDemoAccounts(db);
    const demoAccounts = demo ? DEMO_ACCOUNTS : [];
    // Parts that form writes removed and no rebuild stored (the server
    // stopped first): readers would compute them on every request.
    await rebuildMissingParts(db, "all");
    const where = config.database.kind === "pglite" ? config.database.dataDir : "PostgreSQL";
    const ready = () => {
      io.out(t("cli.serve.running", { port: config.port, where }));
      if (demoAccounts.length) {
        io.out(t("cli.serve.demoAccounts"));
        for (const a of demoAccounts) {
          const account = { role: a.role.padEnd(12), email: a.email, password: a.password };
          io.out(`  ${t("cli.serve.demoAccount", account)}`);
        }
      }
    };
    // Personal data past its retention is erased daily, by this first process only.
    const retention = startRetentionTimer(db, config.retentionYears, io);
    try {
      if (config.workers === 1)
        return await serveRequests(io, config.port, buildFile, { db, ready });
      return await superviseWorkers(io, config.workers, ready);
    } finally {
      retention.stop();
      await retention.running();
    }
  },
};

/**
 * Answers requests until SIGINT or SIGTERM. On PostgreSQL several processes
 * do this side by side on one port (node:cluster hands each connection to
 * one of them): they share nothing but the database (decision 009).
 */
async function serveRequests(
  io: CliIo,
  port: number,
  buildFile: string,
  single?: { db: Db; ready: () => void },
): Promise<ExitCode> {
  const db = single?.db ?? (await io.db("as-is"));
  await keepConnectionsOpen(db);
  // Made ready while the server starts listening: a form's write that comes
  // first waits for its turn, as it would for another write.
  prepareFormWriters(db).catch((error: Error) =>
    io.err(`De formulieren zijn niet voorbereid: ${error.message}`),
  );
  const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const app = createHttpApp(build, path.join(projectRoot, "public"), db);
  const server = app.listen(port, async () => {
    // Beside the pid in the embedded folder's lock: a command refused
    // meanwhile says where the app is.
    await recordServingPort(db, port).catch((error: Error) =>
      io.err(`De poort staat niet in het slot van de database: ${error.message}`),
    );
    single?.ready();
  });
  await new Promise<void>((resolve, reject) => {
    server.on("error", reject);
    const stop = () => server.close(() => resolve());
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  // A worker's channel to the first process would keep it running after
  // its last request: let it end.
  if (cluster.isWorker) process.disconnect();
  return EXIT.done;
}

/** Starts the worker processes, starts a new one for any that dies, stops them all on a signal. */
async function superviseWorkers(
  io: CommandIo,
  workers: number,
  ready: () => void,
): Promise<ExitCode> {
  const t = translator(io.language);
  let listening = 0;
  let alive = 0;
  let stopped: (() => void) | null = null;
  const start = () => {
    alive += 1;
    cluster.fork();
  };
  cluster.on("listening", () => {
    listening += 1;
    if (listening !== workers) return;
    ready();
    io.out(t("cli.serve.workers", { n: workers }));
  });
  cluster.on("exit", (worker, code, signal) => {
    alive -= 1;
    if (stopped) {
      if (alive === 0) stopped();
      return;
    }
    io.err(
      t("cli.serve.workerStopped", {
        pid: String(worker.process.pid),
        why: signal ?? `code ${code}`,
      }),
    );
    start();
  });
  for (let i = 0; i < workers; i++) start();
  await new Promise<void>((resolve) => {
    const stop = () => {
      stopped = resolve;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return EXIT.done;
}
