// One connection runs one statement at a time. An export's read snapshot is
// one connection under a Kysely of its own, and reads started at once on it
// (Promise.all) relied on node-postgres queueing them itself, which it now
// warns is deprecated and will stop doing in pg 9: the warning reached the
// command line's output during exports. Each connection queues its own
// statements instead; on the pool, reads at once still take a connection
// each. Streams (COPY) and calls with a callback pass straight through, as
// they answer at once: a statement before one of them is awaited first, as
// every caller does.
import type pg from "pg";

type Query = (...args: unknown[]) => unknown;

/** A call that answers with a promise: no callback, and not a stream or cursor (which submit themselves). */
function answersWithPromise(args: unknown[]): boolean {
  const [first] = args;
  if (typeof args[args.length - 1] === "function") return false;
  return !(typeof first === "object" && first !== null && "submit" in first);
}

export function queueQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as Query;
  let last: Promise<unknown> = Promise.resolve();
  (client as unknown as { query: Query }).query = (...args: unknown[]) => {
    if (!answersWithPromise(args)) return query(...args);
    const run = last.then(() => query(...args));
    // The next statement waits for this one, not for its success.
    last = run.catch(() => {});
    return run;
  };
}
