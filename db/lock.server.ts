import { sql } from "kysely";
import type { Db } from "./connection.server";

// Imports, undos and erasures run one at a time: two at once could each pass
// their checks and then break each other's references, or an undo could put
// back what an erasure just removed. A transaction-scoped advisory lock, so
// it is released with the transaction, whatever happens.
const IMPORT_LOCK = 0x50c1;

export async function lockImports(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
}
