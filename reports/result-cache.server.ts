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
//
// On PostgreSQL several processes serve the same database (one per core,
// or several machines), and each would compute every page once per data
// version: the first request of each process after a start or an import
// waited for that. So a process that computes a result also files it in the
// database (shared_results, migration 0009), and a process that has none in
// memory reads it from there before computing. PGlite has one process:
// nothing to share.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Db, postgresPoolOf, rowScopeOf } from "../db/connection.server";
import { readDataVersion } from "../db/queries/data-version.server";
import { readSharedResult, storeSharedResult } from "../db/queries/shared-results.server";

/** How a result is stored in the database for the other processes. */
export interface Codec<T> {
  encode: (value: T) => Buffer;
  decode: (stored: Buffer) => T;
}

/** Plain data (what loaders return): JSON. */
function jsonCodec<T>(): Codec<T> {
  return {
    encode: (value) => Buffer.from(JSON.stringify(value)),
    decode: (stored) => JSON.parse(stored.toString("utf8")) as T,
  };
}

export const TEXT_CODEC: Codec<string> = {
  encode: (value) => Buffer.from(value),
  decode: (stored) => stored.toString("utf8"),
};

export const BYTES_CODEC: Codec<Buffer> = { encode: (value) => value, decode: (stored) => stored };

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
 * The code that computes: results are filed under it as well, because
 * another release may compute other shapes from the same data, and during
 * an upgrade old and new processes serve the same database. In the built
 * server this module is part of the one bundle of all server code.
 */
const CODE_VERSION = createHash("sha256")
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest("hex")
  .slice(0, 16);

/**
 * The result another process filed for `name` at `version`, or else
 * `compute()`'s, filed for the others. Filing is best effort: a result that
 * cannot be stored is still the right answer for this request.
 */
async function sharedResult<T>(
  base: Db,
  name: string,
  version: number,
  compute: () => Promise<T>,
  codec: Codec<T>,
): Promise<T> {
  const key = `${CODE_VERSION} ${name}`;
  const stored = await readSharedResult(base, key, version);
  if (stored) return codec.decode(stored);
  const result = await compute();
  try {
    await storeSharedResult(base, key, version, codec.encode(result));
  } catch (error) {
    console.warn(`Berekende cijfers niet gedeeld (${name}): ${(error as Error).message}`);
  }
  return result;
}

/**
 * `compute()`'s result for `key` at the current data version: computed once,
 * shared by the requests that ask at the same time and by the other app
 * processes on the same PostgreSQL database, recomputed after a write.
 * The key must name everything the result depends on besides the data: the
 * filter, the user's scope, the language. The result must survive `codec`
 * (plain data for JSON: no dates, no Infinity).
 */
export async function cachedResult<T>(
  db: Db,
  key: readonly unknown[],
  compute: () => Promise<T>,
  codec: Codec<T> = jsonCodec<T>(),
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
  const result = postgresPoolOf(base)
    ? sharedResult(base, name, version, compute, codec)
    : compute();
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
