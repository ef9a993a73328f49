import { sql } from "kysely";
import type { Db } from "./connection.server";

// Imports, undos and erasures run one at a time: two at once could each pass
// their checks and then break each other's references, or an undo could put
// back what an erasure just removed. Transaction-scoped advisory locks, so
// they are released with the transaction, whatever happens.
const IMPORT_LOCK = 0x50c1;

/** The whole database, for this transaction: no other import, undo, erasure or form write. */
export async function lockImports(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
}

/**
 * A form's write (a registration, a follow-up answer, an assessor's scores)
 * shares the database with other forms' writes and excludes the writers
 * above. A form changes rows of one edition, checked against rows that only
 * those writers change (editions, rubrics, existing applicants), so twenty assessors can check and merge at
 * once; only refreshing an edition's derived tables must wait (lockEditions).
 */
export async function lockFormWrite(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock_shared(${IMPORT_LOCK})`.execute(trx);
}

/**
 * The editions' derived tables, for this transaction. Taken after the rows
 * are merged, before the refresh: every statement after it sees the rows of
 * each form write that refreshed the edition before, and each form write
 * after it sees this one's, so the last refresh always counts every row.
 * In one order (sorted), so that two writes cannot wait for each other.
 */
export async function lockEditions(trx: Db, editionIds: readonly string[]): Promise<void> {
  for (const editionId of [...editionIds].sort()) {
    await sql`select pg_advisory_xact_lock(${IMPORT_LOCK}, hashtext(${editionId}))`.execute(trx);
  }
}
