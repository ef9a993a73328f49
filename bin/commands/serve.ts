import cluster from "node:cluster";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createHttpApp } from "../../app/http.server";
import { loadConfig } from "../../db/config";
import { type Db, recordServingPort } from "../../db/connection.server";
import { DEMO_ACCOUNTS } from "../../db/demo-accounts";
import { migrateToLatest } from "../../db/migrate.server";
import { hasDemoData } from "../../db/queries/imports.server";
import { ensureDemoAccounts, isDatabaseEmpty, loadDemoData } from "../../seeds/demo-seed.server";
import {
  type CliIo,
  type Command,
  EXIT,
  type ExitCode,
  parseCommandArgs,
  RefusedError,
} from "../cli";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export const serveCommand: Command = {
  name: "serve",
  summary: "start de webapplicatie (npm start bouwt eerst en doet dit dan)",
  usage: [
    "Gebruik: impact serve",
    "",
    "Brengt het schema bij, laadt demodata in een lege ingebouwde database",
    "(IMPACT_DEMO=0 zet dat uit, IMPACT_DEMO=1 aan bij DATABASE_URL) en luistert op PORT (3000).",
    "Met DATABASE_URL draaien IMPACT_WORKERS processen (standaard één per processorkern) op die poort.",
  ].join("\n"),
  async run(args, io) {
    parseCommandArgs(args, {});
    const config = loadConfig();
    const buildFile = path.join(projectRoot, "build/index.js");
    // A worker finds the schema and the demo data ready: the first process saw to them.
    if (cluster.isWorker) return serveRequests(io, config.port, buildFile);
    // Opened first: an embedded folder that another process has open is
    // refused before anything else is said (decision 019).
    const db = await io.db();
    if (!existsSync(buildFile)) {
      throw new RefusedError(
        "Er is nog geen build. Draai eerst `npm run build` (npm start doet dat).",
      );
    }
    await migrateToLatest(db);
    if (config.demoOnStart && (await isDatabaseEmpty(db))) {
      await loadDemoData(db);
      io.out("De database was leeg: demodata geladen.");
    }
    // Demo data without any account (a data folder from before accounts existed) gets them too.
    const demo = config.demoOnStart && (await hasDemoData(db));
    if (demo) await ensureDemoAccounts(db);
    const demoAccounts = demo ? DEMO_ACCOUNTS : [];
    const where = config.database.kind === "pglite" ? config.database.dataDir : "PostgreSQL";
    const ready = () => {
      io.out(`SOC Impactmonitor draait op http://localhost:${config.port} (database: ${where})`);
      if (demoAccounts.length) {
        io.out("Demo-accounts (alleen voor de demo):");
        for (const a of demoAccounts)
          io.out(`  ${a.role.padEnd(12)} ${a.email}  wachtwoord: ${a.password}`);
      }
    };
    if (config.workers === 1) return serveRequests(io, config.port, buildFile, { db, ready });
    return superviseWorkers(io, config.workers, ready);
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
  const db = single?.db ?? (await io.db());
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
  return EXIT.done;
}

/** Starts the worker processes, starts a new one for any that dies, stops them all on a signal. */
async function superviseWorkers(io: CliIo, workers: number, ready: () => void): Promise<ExitCode> {
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
    io.out(`${workers} processen beantwoorden de verzoeken (IMPACT_WORKERS).`);
  });
  cluster.on("exit", (worker, code, signal) => {
    alive -= 1;
    if (stopped) {
      if (alive === 0) stopped();
      return;
    }
    io.err(
      `Webproces ${worker.process.pid} stopte (${signal ?? `code ${code}`}); er start een nieuw.`,
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
