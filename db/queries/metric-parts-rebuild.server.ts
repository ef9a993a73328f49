// A form write removes its editions' stored metric parts instead of
// recomputing them (decision 032): recomputing an edition's six aggregates
// in the write, under the edition's lock until the commit, made twenty
// assessors of one edition write one after another. Until the parts are
// stored again, every reader computes them from the rows
// (loadMetricInputs), so no figure is ever stale; the parts are only a
// saving. This module stores them again in this process, once an edition's
// writes have paused: once for all of them.
import { sql } from "kysely";
import type { Db } from "../connection.server";
import { lockFormWrite, tryLockEditions } from "../lock.server";
import { refreshMetricParts } from "./metric-inputs.server";

/**
 * An edition's parts are stored again once no form write has come for it
 * this long (in this process): a rebuild holds its editions alone while it
 * computes, and during a burst of answers that held up the answers behind
 * it about once a second. Meanwhile readers compute the parts.
 */
const QUIET_MS = 1000;
/** ... or once it has waited this long, quiet or not. */
const MAX_WAIT_MS = 30_000;

/** Per edition waiting for its parts: when its first and its last write came. */
interface Waiting {
  first: number;
  last: number;
}

interface Pending {
  editions: Map<string, Waiting>;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
}

const pendingByDb = new WeakMap<Db, Pending>();

function pendingOf(db: Db): Pending {
  let pending = pendingByDb.get(db);
  if (!pending) {
    pending = { editions: new Map(), timer: null, running: null };
    pendingByDb.set(db, pending);
  }
  return pending;
}

/**
 * Stores the parts of those of the editions that have none and that no form
 * write holds at this moment; returns the editions it had to leave for
 * later. It does not wait for the writes: a rebuild waiting for an edition
 * holds up every write that comes after it (lockEditions), and during a
 * burst of answers there is always one under way.
 */
export async function rebuildMissingParts(
  db: Db,
  editionIds: readonly string[] | "all",
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    // Never beside a file's import, an undo or an erasure: they store the
    // parts of their own editions, and two writers of one edition's parts
    // would refuse each other's row. Beside form writes, as one of them.
    await lockFormWrite(trx);
    const { rows } = await sql<{ edition_id: string }>`select e.edition_id from editions e
      where ${editionIds === "all" ? sql`true` : sql`e.edition_id = any(${[...editionIds]}::text[])`}
        and not exists (select from edition_metric_parts p where p.edition_id = e.edition_id)
      order by e.edition_id`.execute(trx);
    const missing = rows.map((r) => r.edition_id);
    if (missing.length === 0) return [];
    const free = await tryLockEditions(trx, missing);
    await refreshMetricParts(trx, free);
    const taken = new Set(free);
    return missing.filter((id) => !taken.has(id));
  });
}

/** The editions due now (all of them when `all`), taken out of the waiting list. */
function takeDue(pending: Pending, all: boolean): string[] {
  const now = Date.now();
  const due: string[] = [];
  for (const [id, { first, last }] of pending.editions) {
    if (all || now - last >= QUIET_MS || now - first >= MAX_WAIT_MS) {
      due.push(id);
      pending.editions.delete(id);
    }
  }
  return due;
}

function run(db: Db, pending: Pending, all = false): void {
  pending.timer = null;
  const due = takeDue(pending, all);
  pending.running = (due.length > 0 ? rebuildMissingParts(db, due) : Promise.resolve([]))
    .then((busy) => {
      // Held by another process's write: tried again as if it had just been written.
      const now = Date.now();
      for (const id of busy) pending.editions.set(id, { first: now, last: now });
    })
    .catch((error: Error) => {
      // Nothing is lost: readers compute the parts until a later rebuild stores them.
      console.warn(`Metriekdelen niet opnieuw opgeslagen: ${error.message}`);
    })
    .finally(() => {
      pending.running = null;
      if (pending.editions.size > 0) schedule(db, pending);
    });
}

function schedule(db: Db, pending: Pending): void {
  if (pending.timer || pending.running) return;
  pending.timer = setTimeout(() => run(db, pending), QUIET_MS);
  // A command that ends does not wait for it: settleMetricParts does, where it matters.
  pending.timer.unref();
}

/** After a form write has committed: its editions' parts are stored again once they are quiet. */
export function rebuildPartsSoon(db: Db, editionIds: readonly string[]): void {
  if (editionIds.length === 0) return;
  const pending = pendingOf(db);
  const now = Date.now();
  for (const id of editionIds) {
    pending.editions.set(id, { first: pending.editions.get(id)?.first ?? now, last: now });
  }
  schedule(db, pending);
}

/** Runs the rebuilds still waiting, and waits for them: before the database closes. */
export async function settleMetricParts(db: Db): Promise<void> {
  const pending = pendingByDb.get(db);
  // A few rounds: an edition that a write still held is tried again once it is done.
  for (let round = 0; round < 3 && pending && (pending.running || pending.timer); round++) {
    await pending.running;
    if (pending.timer) {
      clearTimeout(pending.timer);
      run(db, pending, true);
    }
    await pending.running;
  }
}
