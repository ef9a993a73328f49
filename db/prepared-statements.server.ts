// Statements that a connection runs again and again are kept prepared on
// it (decision 032): PostgreSQL then parses and plans them once instead of
// at every run, which was about half of its time for a form's write (some
// twenty statements, the same every time). As asyncpg and pgx do, by
// default. A text is prepared the second time the connection sees it, so
// the one-off statements of a file's import (their staging tables have
// names of their own) are never kept; at most MAX_PREPARED per connection,
// as each costs the server memory for as long as the connection lives.
import type pg from "pg";

const MAX_PREPARED = 256;
/** Texts seen once, remembered until this many, then forgotten all at once. */
const MAX_SEEN = 2048;

type Query = (...args: unknown[]) => unknown;

export function prepareRepeatedStatements(client: pg.PoolClient): void {
  const seen = new Set<string>();
  const names = new Map<string, string>();
  const query = client.query.bind(client) as Query;
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known || names.size >= MAX_PREPARED) return known;
    if (!seen.has(text)) {
      if (seen.size >= MAX_SEEN) seen.clear();
      seen.add(text);
      return undefined;
    }
    seen.delete(text);
    const name = `impact_${names.size}`;
    names.set(text, name);
    return name;
  };
  // Kysely runs every statement as query(text, parameters); anything else
  // (COPY streams, cursors, callbacks) passes through unchanged, and so does
  // a text without parameters that may hold several commands (a migration's):
  // a prepared statement holds one.
  (client as unknown as { query: Query }).query = (...args: unknown[]) => {
    const [text, values] = args;
    const one =
      args.length === 2 &&
      typeof text === "string" &&
      Array.isArray(values) &&
      (values.length > 0 || !text.includes(";"));
    if (one) {
      const name = nameOf(text);
      if (name) return query({ name, text, values });
    }
    return query(...args);
  };
}
