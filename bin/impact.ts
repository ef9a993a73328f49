// Entry of `npm run --silent impact -- <command>`: wires the commands to the
// process (arguments, output, exit code) and nothing more.
import { type Config, loadConfig } from "../db/config";
import { type Db, openDatabase } from "../db/connection.server";
import { migrateToLatest, pendingMigrations } from "../db/migrate.server";
import { settleMetricParts } from "../db/queries/metric-parts-rebuild.server";
import { type CliIo, RefusedError, runCli } from "./cli";
import { commands } from "./commands/index";
import { limitHeapGrowth } from "./heap-growth";

limitHeapGrowth();

/** How long a finished command waits for handles it did not close before it exits anyway. */
const STRAGGLER_GRACE_MS = 1000;

let opened: Promise<Db> | undefined;
let current: Promise<Db> | undefined;

/**
 * The embedded database is brought up to date as `npm start` does: it is the
 * user's own. A PostgreSQL server's schema is somebody's to change on
 * purpose, so a command refuses and says to run `impact migrate`.
 */
async function upToDate(db: Db, config: Config): Promise<Db> {
  if (config.database.kind === "pglite") await migrateToLatest(db);
  else if ((await pendingMigrations(db)).length > 0) throw new RefusedError("cli.schemaBehind");
  return db;
}

const io: CliIo = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  languageSetting: process.env.IMPACT_LANG,
  db: (schema = "current") => {
    const config = loadConfig();
    opened ??= openDatabase(config.database);
    if (schema === "as-is") return opened;
    current ??= opened.then((db) => upToDate(db, config));
    return current;
  },
};

const code = await runCli(process.argv.slice(2), commands, io);
// PGlite writes its data folder on close; a clean stop keeps it intact. A
// database that did not open (refused: decision 019) has nothing to close.
if (opened)
  await opened.then(
    async (db) => {
      // A form's write left its editions' parts to be stored again: do that first.
      await settleMetricParts(db);
      await db.destroy();
    },
    () => {},
  );
// The process ends by itself once everything printed has left: exiting
// straight away cut off output still on its way through a pipe
// (`impact metrics --json | jq .`). Should anything still hold it open
// after that (a handle nobody closed), it exits a moment later all the
// same; the timer does not itself keep the process alive.
process.exitCode = code;
const drained = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => stream.write("", () => resolve()));
await Promise.all([drained(process.stdout), drained(process.stderr)]);
setTimeout(() => process.exit(code), STRAGGLER_GRACE_MS).unref();
