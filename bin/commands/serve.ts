import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createHttpApp } from "../../app/http.server";
import { loadConfig } from "../../db/config";
import { DEMO_ACCOUNTS } from "../../db/demo-accounts";
import { migrateToLatest } from "../../db/migrate.server";
import { hasDemoData } from "../../db/queries/imports.server";
import { ensureDemoAccounts, isDatabaseEmpty, loadDemoData } from "../../seeds/demo-seed.server";
import { type Command, EXIT, parseCommandArgs, RefusedError } from "../cli";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export const serveCommand: Command = {
  name: "serve",
  summary: "start de webapplicatie (npm start bouwt eerst en doet dit dan)",
  usage: [
    "Gebruik: impact serve",
    "",
    "Brengt het schema bij, laadt demodata in een lege ingebouwde database",
    "(IMPACT_DEMO=0 zet dat uit, IMPACT_DEMO=1 aan bij DATABASE_URL) en luistert op PORT (3000).",
  ].join("\n"),
  async run(args, io) {
    parseCommandArgs(args, {});
    const config = loadConfig();
    const buildFile = path.join(projectRoot, "build/index.js");
    if (!existsSync(buildFile)) {
      throw new RefusedError(
        "Er is nog geen build. Draai eerst `npm run build` (npm start doet dat).",
      );
    }
    const db = await io.db();
    await migrateToLatest(db);
    if (config.demoOnStart && (await isDatabaseEmpty(db))) {
      await loadDemoData(db);
      io.out("De database was leeg: demodata geladen.");
    }
    // Demo data without any account (a data folder from before accounts existed) gets them too.
    const demo = config.demoOnStart && (await hasDemoData(db));
    if (demo) await ensureDemoAccounts(db);
    const demoAccounts = demo ? DEMO_ACCOUNTS : [];
    const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
    const app = createHttpApp(build, path.join(projectRoot, "public"), db);
    const server = app.listen(config.port, () => {
      const where = config.database.kind === "pglite" ? config.database.dataDir : "PostgreSQL";
      io.out(`SOC Impactmonitor draait op http://localhost:${config.port} (database: ${where})`);
      if (demoAccounts.length) {
        io.out("Demo-accounts (alleen voor de demo):");
        for (const a of demoAccounts)
          io.out(`  ${a.role.padEnd(12)} ${a.email}  wachtwoord: ${a.password}`);
      }
    });
    await new Promise<void>((resolve, reject) => {
      server.on("error", reject);
      const stop = () => server.close(() => resolve());
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return EXIT.done;
  },
};
