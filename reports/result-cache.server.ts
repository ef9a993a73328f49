// Computed figures, kept per database until its data version changes.
//
// Every page of the dashboards derives from the same rows, which change only
// by an import, an undo or a seed; each of those raises the data version
// (db/queries/data-version.server.ts). So a result computed at version V is
// right for every request that reads V, and one cheap query per request
// decides. Several app servers each keep their own results and all read the
// version from the one database: nothing here needs to be shared.
//
// The version is read before the rows, so a result is never older than the
// version it is filed under (at worst newer, when a write lands in between).
//
// A municipality user reads through a row-scoped Db (db/scope.ts, a new one
// per request): results are filed under the database it reads from and
// under its row scope, so they are shared by the requests of that scope and
// never reach another scope, whatever the caller's key says.
import { type Db, rowScopeOf } from "../db/connection.server";
import { readDataVersion } from "../db/queries/data-version.server";

/** Enough for every page of a busy day; the oldest goes first. */
const MAX_RESULTS = 500;

interface Entry {
  version: number;
  result: Promise<unknown>;
}

const resultsOf = new WeakMap<Db, Map<string, Entry>>();

function resultsFor(db: Db): Map<string, Entry> {
  let results = resultsOf.get(db);
  if (!results) {
    results = new Map();
    resultsOf.set(db, results);
  }
  return results;
}

/**
 * `compute()`'s result for `key` at the current data version: computed once,
 * shared by the requests that ask at the same time, recomputed after a write.
 * The key must name everything the result depends on besides the data: the
 * filter, the user's scope, the language.
 */
export async function cachedResult<T>(
  db: Db,
  key: readonly unknown[],
  compute: () => Promise<T>,
): Promise<T> {
  const { base, scope } = rowScopeOf(db);
  // The version with the app's own role: the row-scoped role may not read it.
  const version = await readDataVersion(base);
  const results = resultsFor(base);
  const name = JSON.stringify([scope, ...key]);
  const kept = results.get(name);
  if (kept && kept.version === version) {
    // Most recently used last, so the first in the map is the one to drop.
    results.delete(name);
    results.set(name, kept);
    return kept.result as Promise<T>;
  }
  const result = compute();
  results.set(name, { version, result });
  // A failure is not a result: the next request tries again.
  result.catch(() => {
    if (results.get(name)?.result === result) results.delete(name);
  });
  for (const oldest of results.keys()) {
    if (results.size <= MAX_RESULTS) break;
    results.delete(oldest);
  }
  return result;
}
