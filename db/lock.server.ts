import { type RawBuilder, sql } from "kysely";
import type { Db } from "./connection.server";

// Imports, undos and erasures run one at a time: two at once could each pass
// their checks and then break each other's references, or an undo could put
// back what an erasure just removed. Transaction-scoped advisory locks, so
// they are released with the transaction, whatever happens.
const IMPORT_LOCK = 0x50c1;
/** The first key of an applicant's lock: apart from the editions' (IMPORT_LOCK, edition). */
const APPLICANT_LOCK = 0x50c2;

/** The whole database, for this transaction: no other import, undo, erasure or form write. */
export async function lockImports(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
}

/**
 * A form's write (a registration, a follow-up answer, an assessor's scores)
 * shares the database with other forms' writes and excludes the writers
 * above. A form changes rows of one edition, checked against rows that only
 * those writers change (editions, rubrics, existing applicants), so twenty
 * assessors can check and merge at once (decisions 031 and 032).
 *
 * With `genericPlans`, every statement of the rest of the transaction runs
 * on its connection's one plan of its prepared statement (decision 033): a
 * form's statements look a few staged rows up by key, whatever the values,
 * but PostgreSQL's default plans each afresh at every run when that looks
 * cheaper, which for the score's recompute cost more than running it. In
 * the same statement as the lock: one round trip. Not for a rebuild of
 * metric parts, whose aggregates over an edition should be planned for it.
 */
export async function lockFormWrite(
  trx: Db,
  { genericPlans = false, alongside }: FormWriteLock = {},
): Promise<unknown> {
  const plans = genericPlans
    ? sql`, set_config('plan_cache_mode', 'force_generic_plan', true)`
    : sql``;
  const read = alongside ? sql`, ${alongside} as alongside` : sql``;
  const { rows } = await sql<{
    alongside?: unknown;
  }>`select pg_advisory_xact_lock_shared(${IMPORT_LOCK})${plans}${read}`.execute(trx);
  return rows[0]?.alongside;
}

interface FormWriteLock {
  genericPlans?: boolean;
  /** A value to read in the same statement, returned: one round trip for both. */
  alongside?: RawBuilder<unknown>;
}

/**
 * The editions, alone, for this transaction: after it, no form write of
 * theirs is under way (shareEditions), and every statement sees the rows of
 * those that were; a form write that comes later waits, and then removes
 * what was stored of their metric parts. Rebuilding the parts
 * (db/queries/metric-parts-rebuild) takes it without waiting
 * (tryLockEditions). In one order (sorted), so that two transactions cannot
 * wait for each other.
 */
export async function lockEditions(trx: Db, editionIds: readonly string[]): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK}, hashtext(e))
    from unnest(${[...editionIds].sort()}::text[]) as e`.execute(trx);
}

/**
 * Those of the editions that no one holds, alone, for this transaction:
 * what lockEditions takes, without waiting. The others are left out.
 */
export async function tryLockEditions(trx: Db, editionIds: readonly string[]): Promise<string[]> {
  const { rows } = await sql<{ edition_id: string }>`select e as edition_id
    from unnest(${[...editionIds].sort()}::text[]) as e
    where pg_try_advisory_xact_lock(${IMPORT_LOCK}, hashtext(e))`.execute(trx);
  return rows.map((r) => r.edition_id);
}

/** The editions, shared with other form writes, for this transaction: see lockEditions. */
export async function shareEditions(trx: Db, editionIds: readonly string[]): Promise<void> {
  await sql`select ${sharedEditionLocks(editionIds)}`.execute(trx);
}

/** How many of the editions' shared locks it took (all): a query that takes them. */
function sharedEditionLocks(editionIds: readonly string[]) {
  return sql`(select count(*) from (select pg_advisory_xact_lock_shared(${IMPORT_LOCK}, hashtext(e))
    from unnest(${[...editionIds].sort()}::text[]) as e) as shared)`;
}

/**
 * shareEditions, then the applicants a query of (edition_id, applicant_id)
 * selects, alone, for this transaction: two assessors submitting scores for
 * one plan at once each recompute its score, and the later one must count
 * the earlier one's scores. The applicants after the editions, never before:
 * a rebuild waiting for an edition must not stand between two writes that
 * wait for each other. One statement: the editions' locks are its one-time
 * filter, which PostgreSQL evaluates before it reads a single applicant.
 */
export async function shareEditionsLockApplicants(
  trx: Db,
  editionIds: readonly string[],
  applicants: RawBuilder<unknown>,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(${APPLICANT_LOCK}, hashtext(k.edition_id || '/' || k.applicant_id))
    from (select distinct edition_id, applicant_id from (${applicants}) as a
      order by edition_id, applicant_id) as k
    where ${sharedEditionLocks(editionIds)} >= 0`.execute(trx);
}
