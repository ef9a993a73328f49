// A process that holds an embedded data folder the way the app does: opened
// through db/'s openDatabase (IMPACT_DATA_DIR), migrated, with the port in
// the lock when HOLD_PORT is set. Prints "ready" when it has the folder and
// closes it on SIGTERM. HOLD_ACCOUNT=<e-mail> adds an account first, so a
// test can see later that the data is as it was.
import { loadConfig } from "../../db/config";
import { openDatabase, recordServingPort } from "../../db/connection.server";
import { migrateToLatest } from "../../db/migrate.server";
import { createAccount } from "../../db/queries/users.server";

const db = await openDatabase(loadConfig().database);
await migrateToLatest(db);
if (process.env.HOLD_ACCOUNT) {
  await createAccount(db, {
    email: process.env.HOLD_ACCOUNT,
    name: "Houder",
    role: "admin",
    password: "een lang wachtwoord",
    municipalities: [],
  });
}
if (process.env.HOLD_PORT) await recordServingPort(db, Number(process.env.HOLD_PORT));
console.log(`ready ${process.pid}`);
// A timer keeps the process alive: a pending promise alone does not.
const alive = setInterval(() => {}, 60_000);
await new Promise<void>((resolve) => process.once("SIGTERM", () => resolve()));
clearInterval(alive);
await db.destroy();
process.exit(0);
