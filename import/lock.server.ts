import { sql } from "kysely";
import type { Db } from "../db/connection.server";

// Imports and undos run one at a time: two at once could each pass their
// checks and then break each other's references. A transaction-scoped
// advisory lock, so it is released with the transaction, whatever happens.
const IMPORT_LOCK = 0x50c1;

export async function lockImports(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
}
