// Opens the database: embedded PGlite by default, a `pg` pool when
// DATABASE_URL is set. Both get the same type parsers, so every query module
// sees numbers for numeric/bigint and ISO strings for dates.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import {
  type DatabaseConnection,
  Kysely,
  PGliteDialect,
  type PGliteDialectConfig,
  PGliteDriver,
  PostgresDialect,
} from "kysely";
import pg from "pg";
import type { DatabaseTarget } from "./config";
import type { Database } from "./schema";

export type Db = Kysely<Database>;

const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

const parsers: Record<number, (value: string) => unknown> = {
  // euros fit a double exactly to the cent for any amount this product sees
  [OID.NUMERIC]: Number,
  // counts: far below 2^53
  [OID.INT8]: Number,
  // a calendar date has no time zone; keep it as the ISO text Postgres sends
  [OID.DATE]: (value) => value,
};

/**
 * PGlite has one connection, and Kysely's driver hands it to every caller, so
 * a query of one request could land inside another request's transaction.
 * This driver lends the connection to one caller at a time.
 */
class SerialPGliteDriver extends PGliteDriver {
  #queue: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  override async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue;
    let release = () => {};
    this.#queue = new Promise((resolve) => {
      release = resolve;
    });
    await previous;
    this.#release = release;
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }
}

class SerialPGliteDialect extends PGliteDialect {
  readonly #config: PGliteDialectConfig;
  constructor(config: PGliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver() {
    return new SerialPGliteDriver(this.#config);
  }
}

// The PGlite instance behind a Db, for what Kysely cannot do (COPY from a blob).
const pglites = new WeakMap<Db, PGlite>();

/** Wraps an open PGlite instance (a data folder, or a snapshot in tests). */
export function kyselyForPGlite(pglite: PGlite): Db {
  const db = new Kysely<Database>({ dialect: new SerialPGliteDialect({ pglite }) });
  pglites.set(db, pglite);
  return db;
}

/**
 * Runs `work` on the PGlite instance behind `db` while it holds the one
 * connection, so that no other caller's query runs in between.
 */
export async function withPGlite<T>(db: Db, work: (pglite: PGlite) => Promise<T>): Promise<T> {
  const pglite = pglites.get(db);
  if (!pglite) throw new Error("not a PGlite database");
  return db.connection().execute(() => work(pglite));
}

/** Options for a PGlite instance that parses values like the `pg` pool does. */
export const pgliteOptions = { parsers } as const;

// The pool behind a PostgreSQL Db, for what Kysely cannot do (COPY).
const pools = new WeakMap<Db, pg.Pool>();

export function postgresPoolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

export function kyselyForPostgres(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its server must not crash the process; the
  // next query reports the failure to its caller.
  pool.on("error", (error) => console.warn(`PostgreSQL-verbinding verbroken: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}

export async function openDatabase(target: DatabaseTarget): Promise<Db> {
  if (target.kind === "postgres") return kyselyForPostgres(target.connectionString);
  await mkdir(target.dataDir, { recursive: true });
  const pglite = await PGlite.create(target.dataDir, pgliteOptions);
  return kyselyForPGlite(pglite);
}
