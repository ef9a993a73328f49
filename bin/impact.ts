// Entry of `npm run --silent impact -- <command>`: wires the commands to the
// process (arguments, output, exit code) and nothing more.
import { loadConfig } from "../db/config";
import { type Db, openDatabase } from "../db/connection.server";
import { type CliIo, runCli } from "./cli";
import { commands } from "./commands/index";
import { limitHeapGrowth } from "./heap-growth";

limitHeapGrowth();

let opened: Promise<Db> | undefined;

const io: CliIo = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  languageSetting: process.env.IMPACT_LANG,
  db: () => {
    opened ??= openDatabase(loadConfig().database);
    return opened;
  },
};

const code = await runCli(process.argv.slice(2), commands, io);
// PGlite writes its data folder on close; a clean stop keeps it intact. A
// database that did not open (refused: decision 019) has nothing to close.
if (opened)
  await opened.then(
    (db) => db.destroy(),
    () => {},
  );
process.exit(code);
