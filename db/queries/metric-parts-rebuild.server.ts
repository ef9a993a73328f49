// A form write removes its editions' stored metric parts instead of
// recomputing them (decision 032): recomputing an edition's six aggregates
// in the write, under the edition's lock until the commit, made twenty
// assessors of one edition write one after another. Until the parts are
// stored again, every reader computes them from the rows
// (loadMetricInputs), so no figure is ever stale; the parts are only a
// saving. This module stores them again, shortly after the writes, in this
// process: once for all the writes of a moment.
import { sql } from "kysely";
import type { Db } from "../connection.server";
import { tryLockEditions } from "../lock.server";
import { refreshMetricParts } from "./metric-inputs.server";

/**
 * How long a rebuild waits for more writes to its editions, and before it
 * tries again the editions that form writes held: during a burst of answers
 * it runs about this often, not after every answer.
 */
const SETTLE_MS = 1000;

interface Pending {
  editions: Set<string>;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
}

const pendingByDb = new WeakMap<Db, Pending>();

function pendingOf(db: Db): Pending {
  let pending = pendingByDb.get(db);
  if (!pending) {
    pending = { editions: new Set(), timer: null, running: null };
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

function run(db: Db, pending: Pending): void {
  pending.timer = null;
  const editions = [...pending.editions];
  pending.editions.clear();
  pending.running = rebuildMissingParts(db, editions)
    .then((busy) => {
      for (const id of busy) pending.editions.add(id);
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
  pending.timer = setTimeout(() => run(db, pending), SETTLE_MS);
  // A command that ends does not wait for it: settleMetricParts does, where it matters.
  pending.timer.unref();
}

/** After a form write has committed: its editions' parts are stored again soon. */
export function rebuildPartsSoon(db: Db, editionIds: readonly string[]): void {
  if (editionIds.length === 0) return;
  const pending = pendingOf(db);
  for (const id of editionIds) pending.editions.add(id);
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
      run(db, pending);
    }
    await pending.running;
  }
}
