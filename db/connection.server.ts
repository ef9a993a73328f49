// Opens the database: embedded PGlite by default, a `pg` pool when
// DATABASE_URL is set. Both get the same type parsers, so every query module
// sees numbers for numeric/bigint and ISO strings for dates.
import { mkdir } from "node:fs/promises";
import type { PGlite } from "@electric-sql/pglite";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  PGliteDialect,
  type PGliteDialectConfig,
  PGliteDriver,
  PostgresDialect,
} from "kysely";
import pg from "pg";
import { UserError } from "../core/i18n/user-error";
import type { DatabaseTarget } from "./config";
import { type DataFolderLock, lockDataFolder } from "./data-folder-lock.server";
import { prepareRepeatedStatements } from "./prepared-statements.server";
import { queueQueries } from "./query-queue.server";
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

// What belongs to a Db: the dialect and driver behind it (a row-scoped Db
// shares the driver: PGlite's queue of one connection, PostgreSQL's pool),
// the pg pool or PGlite instance (for COPY), and where a row-scoped Db comes
// from.
//
// It is kept on the Db object under a global symbol, not in a map of this
// module: the server bundle (build/) and the command line (run by tsx) each
// load their own copy of this module, and `impact serve` hands a Db opened
// by one to the other.
const ATTACHED = Symbol.for("soc-impactmonitor.db");

interface Attached {
  engine?: { dialect: Dialect; driver: Driver };
  pool?: pg.Pool;
  pglite?: PGlite;
  rowScope?: { base: Db; scope: string; enter: readonly CompiledQuery[] };
  /** A read snapshot's Db (openReadSnapshot). */
  oneState?: boolean;
  /** The data folder's lock (openDataFolder). */
  folderLock?: DataFolderLock;
  /** Form writes under way, and those waiting for a turn (withFormWriter). */
  formTurns?: FormTurns;
}

interface FormTurns {
  running: number;
  waiting: ((client: pg.PoolClient | null) => void)[];
  /** A server's own writer connections (keepFormWriters): out of the pool for good. */
  kept: Set<pg.PoolClient>;
  idle: pg.PoolClient[];
}

function formTurnsOf(db: Db): FormTurns {
  const holder = attached(db);
  holder.formTurns ??= { running: 0, waiting: [], kept: new Set(), idle: [] };
  return holder.formTurns;
}

function attached(db: Db): Attached {
  const holder = db as unknown as { [ATTACHED]?: Attached };
  holder[ATTACHED] ??= {};
  return holder[ATTACHED];
}

/** The dialect with this very driver instead of a new one. */
function dialectWithDriver(dialect: Dialect, driver: Driver): Dialect {
  return {
    createDriver: () => driver,
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}

function kyselyFor(dialect: Dialect): Db {
  const driver = dialect.createDriver();
  const db = new Kysely<Database>({ dialect: dialectWithDriver(dialect, driver) });
  attached(db).engine = { dialect, driver };
  return db;
}

/**
 * Lends the connections of another driver, each wrapped in a read-only
 * transaction that first runs `enter` (switching role, setting the scope)
 * and ends when the connection goes back. Every query of a row-scoped Db is
 * thus scoped on its own, and no transaction outlives its query: a slow
 * download holds no connection between its batches, and on PGlite other
 * requests go on between them.
 */
class RowScopedDriver implements Driver {
  constructor(
    private readonly base: Driver,
    private readonly enter: readonly CompiledQuery[],
  ) {}

  async init(): Promise<void> {
    // The base driver is the other Db's to start and stop.
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.base.acquireConnection();
    try {
      await connection.executeQuery(CompiledQuery.raw("begin transaction read only"));
      for (const query of this.enter) await connection.executeQuery(query);
      return connection;
    } catch (error) {
      await this.releaseConnection(connection);
      throw error;
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      // A read-only transaction has nothing to keep; this also ends one that a failed query aborted.
      await connection.executeQuery(CompiledQuery.raw("rollback"));
    } finally {
      await this.base.releaseConnection(connection);
    }
  }

  beginTransaction(): Promise<void> {
    throw new Error("A row-scoped database only reads; it opens no transactions of its own.");
  }

  commitTransaction(): Promise<void> {
    return this.beginTransaction();
  }

  rollbackTransaction(): Promise<void> {
    return this.beginTransaction();
  }

  async destroy(): Promise<void> {
    // The connections are the base Db's: it closes them.
  }
}

/**
 * A Db on the same connections as `db` whose every query runs read-only
 * after the `enter` statements. Needs nothing closed: it holds no
 * connection of its own.
 */
export function rowScopedDb(db: Db, enter: readonly CompiledQuery[]): Db {
  const { engine } = attached(db);
  if (!engine) throw new Error("rowScopedDb: this database was not opened by connection.server");
  const scoped = new Kysely<Database>({
    dialect: dialectWithDriver(engine.dialect, new RowScopedDriver(engine.driver, enter)),
  });
  const scope = JSON.stringify(enter.map((query) => [query.sql, query.parameters]));
  attached(scoped).rowScope = { base: db, scope, enter };
  return scoped;
}

/**
 * The database a Db reads from and the row scope it reads under ("" for
 * none): a new row-scoped Db is made per request, and whatever is kept across
 * requests (reports/result-cache) must be kept per database and per scope.
 */
export function rowScopeOf(db: Db): { base: Db; scope: string } {
  const { base, scope } = attached(db).rowScope ?? { base: db, scope: "" };
  return { base, scope };
}

/** Wraps an open PGlite instance (a data folder, or a snapshot in tests). */
export function kyselyForPGlite(pglite: PGlite): Db {
  const db = kyselyFor(new SerialPGliteDialect({ pglite }));
  attached(db).pglite = pglite;
  return db;
}

/**
 * Runs `work` on the PGlite instance behind `db` (for what Kysely cannot do:
 * COPY from a blob) while it holds the one connection, so that no other
 * caller's query runs in between.
 */
export async function withPGlite<T>(db: Db, work: (pglite: PGlite) => Promise<T>): Promise<T> {
  const { pglite } = attached(db);
  if (!pglite) throw new Error("not a PGlite database");
  return db.connection().execute(() => work(pglite));
}

/** Options for a PGlite instance that parses values like the `pg` pool does. */
export const pgliteOptions = { parsers } as const;

/** The pool behind a PostgreSQL Db, for what Kysely cannot do (COPY). */
export function postgresPoolOf(db: Db): pg.Pool | undefined {
  return attached(db).pool;
}

/**
 * A server's pool opens all its connections at the start and keeps them
 * instead of closing them after ten idle seconds: each holds its prepared
 * statements, which a new connection would make again, and the first twenty
 * requests at once would otherwise each wait for a new server process (the
 * metrics API of one municipality, 20 clients: p95 twice as long).
 * Nothing to open on the embedded database.
 */
export async function keepConnectionsOpen(db: Db): Promise<void> {
  const pool = postgresPoolOf(db);
  if (!pool) return;
  pool.options.idleTimeoutMillis = 0;
  const opened = await Promise.allSettled(
    Array.from({ length: poolSize(pool) }, () => pool.connect()),
  );
  // Every connection that opened goes back, also when another did not:
  // closing the pool waits for the ones still taken.
  for (const result of opened) if (result.status === "fulfilled") result.value.release();
  const refused = opened.find((result) => result.status === "rejected");
  if (refused) throw refused.reason;
}

/**
 * A Db that sends every query over this one client. Kysely gives the
 * connection back after each query, which must not release the client: its
 * owner does. Once `usable()` says no, every further query fails instead of
 * reaching a client that may be another caller's by then.
 */
function kyselyOnClient(client: pg.PoolClient, usable: () => boolean = () => true): Db {
  const single = {
    connect: async () => {
      if (!usable())
        throw new Error("This connection was given back; the work it served has ended.");
      return { query: client.query.bind(client), release() {} };
    },
    end: async () => {},
  };
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: single as unknown as pg.Pool }),
  });
}

/**
 * Runs `work` on one connection of the PostgreSQL pool behind `db`, with a
 * Db that sends every query over that same connection: for work that mixes
 * Kysely's queries and raw COPY in one transaction. Null for PGlite.
 */
export async function withPostgresClient<T>(
  db: Db,
  work: (client: pg.PoolClient, onClient: Db) => Promise<T>,
): Promise<T | null> {
  const pool = attached(db).pool;
  if (!pool) return null;
  const client = await pool.connect();
  const onClient = kyselyOnClient(client);
  let failed: Error | undefined;
  try {
    // connection(): Kysely sends one query at a time, as on a transaction's connection.
    return await onClient.connection().execute((serial) => work(client, serial));
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    await onClient.destroy();
    // A connection left mid-COPY or in a failed transaction is not lent again.
    client.release(failed);
  }
}

/** Form writes of one process at once on PostgreSQL (decision 034). */
const FORM_WRITES_AT_ONCE = 2;

/** Each client's Db (kyselyOnClient), made once: a writer's connection serves many writes. */
const clientDbs = new WeakMap<pg.PoolClient, Db>();

/**
 * Runs a form's write with a Db on one connection, when it is its turn: at
 * most FORM_WRITES_AT_ONCE at once in a process; the rest wait here, in the
 * order they came, without holding a connection. A write that ends hands its
 * connection straight to the next, so that in a burst every write runs on a
 * connection that has planned its statements and read the catalogue.
 *
 * Why: twenty form writes at once do not finish sooner than two at a time on
 * a machine's few cores. They wait for each other's locks, and each of
 * twenty connections would plan the write's statements (twice: a statement
 * is kept prepared at its second run) before it had them. On PGlite, with
 * its one connection, `work(db)`.
 */
export async function withFormWriter<T>(db: Db, work: (writer: Db) => Promise<T>): Promise<T> {
  const { pool } = attached(db);
  if (!pool) return work(db);
  const turns = formTurnsOf(db);
  let handed: pg.PoolClient | null = null;
  if (turns.running < FORM_WRITES_AT_ONCE) turns.running += 1;
  else handed = await new Promise((resolve) => turns.waiting.push(resolve));
  let client: pg.PoolClient | undefined;
  let failed: Error | undefined;
  try {
    client = handed ?? turns.idle.pop() ?? (await pool.connect());
    let writer = clientDbs.get(client);
    if (!writer) {
      writer = kyselyOnClient(client);
      clientDbs.set(client, writer);
    }
    return await work(writer);
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    const next = turns.waiting.shift();
    // A connection a write failed on is not lent again: the next makes its own.
    const lend = failed === undefined ? client : undefined;
    if (next && lend) next(lend);
    else {
      // A writer kept while the Db closes would keep the pool from ending.
      if (lend && turns.kept.has(lend) && !pool.ending) turns.idle.push(lend);
      else if (client) {
        turns.kept.delete(client);
        client.release(failed);
      }
      if (next) next(null);
      else turns.running -= 1;
    }
  }
}

/**
 * A server's form writes get connections of their own, out of the pool for
 * as long as the Db is open, each first made ready by `prepare` (its staging
 * tables, a rehearsal of a write): the first writes after a start then find
 * them as every later one does. Not for a command or a test with a pool of a
 * connection or two, which would have none left for anything else.
 */
export async function keepFormWriters(
  db: Db,
  prepare: (writer: Db) => Promise<void>,
): Promise<void> {
  const { pool } = attached(db);
  if (!pool) return;
  const turns = formTurnsOf(db);
  const clients = await Promise.all(
    Array.from({ length: FORM_WRITES_AT_ONCE }, () => pool.connect()),
  );
  for (const client of clients) turns.kept.add(client);
  turns.idle.push(...clients);
  // At once, as many as there are writers: each gets one of them.
  await Promise.all(clients.map(() => withFormWriter(db, prepare)));
}

/** A Db whose reads all see the database as it was when it was opened; closed by its user. */
export interface ReadSnapshot {
  db: Db;
  close: () => Promise<void>;
}

/**
 * On PostgreSQL: one connection of the pool in a read-only transaction at
 * repeatable read, under the same row scope as `db`, so that every read of
 * a long job (an export of many pages) sees one state of the data even when
 * an import commits meanwhile. It holds that connection until closed; a
 * query after `close` fails.
 *
 * On PGlite, and on a pool of one connection: `db` itself. PGlite's one
 * connection serves every request, and an export held it for seconds; there
 * an import may land between two pages. `readsOneState` tells which it is.
 */
export async function openReadSnapshot(
  db: Db,
  options: { waitMs?: number } = {},
): Promise<ReadSnapshot> {
  const { base, enter } = attached(db).rowScope ?? { base: db, enter: [] };
  const pool = attached(base).pool;
  if (!pool || poolSize(pool) < 2) return { db, close: async () => {} };
  const leaveSlot = await snapshotSlotOf(pool, options.waitMs);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    leaveSlot();
    throw error;
  }
  // A checked-out client has no listener of the pool's: a connection lost
  // while the export runs must fail the export, not crash the process.
  let lost: Error | undefined;
  const onLost = (error: Error) => {
    lost = error;
  };
  client.on("error", onLost);
  try {
    await client.query("begin transaction isolation level repeatable read read only");
    for (const query of enter) await client.query(query.sql, [...query.parameters]);
  } catch (error) {
    client.off("error", onLost);
    client.release(error as Error);
    leaveSlot();
    throw error;
  }
  let closed = false;
  const snapshot = kyselyOnClient(client, () => !closed);
  attached(snapshot).oneState = true;
  return {
    db: snapshot,
    close: async () => {
      if (closed) return;
      closed = true;
      let failed = lost;
      try {
        if (!failed) await client.query("rollback");
      } catch (error) {
        failed = error as Error;
      } finally {
        client.off("error", onLost);
        // A connection that failed is not lent again.
        client.release(failed);
        leaveSlot();
      }
    },
  };
}

/** Whether every read of `db` sees one state of the data (a PostgreSQL read snapshot). */
export function readsOneState(db: Db): boolean {
  return attached(db).oneState === true;
}

const poolSize = (pool: pg.Pool) => pool.options.max ?? 10;

/**
 * Snapshots held at once per pool: at most half its connections, so that
 * slow downloads never leave the pages without one. A snapshot beyond that
 * waits for one to close.
 */
const snapshotSlots = new WeakMap<pg.Pool, { free: number; waiting: (() => void)[] }>();

/** Every snapshot slot stayed taken for as long as the caller would wait. */
export class SnapshotsBusyError extends UserError {
  override name = "SnapshotsBusyError";
  constructor() {
    super("problem.snapshotsBusy");
  }
}

/**
 * Waits for a free snapshot slot of `pool` (at most `waitMs`, when given);
 * resolves with the function that frees it again.
 */
async function snapshotSlotOf(pool: pg.Pool, waitMs?: number): Promise<() => void> {
  let slots = snapshotSlots.get(pool);
  if (!slots) {
    slots = { free: Math.floor(poolSize(pool) / 2), waiting: [] };
    snapshotSlots.set(pool, slots);
  }
  const held = slots;
  if (held.free > 0) held.free -= 1;
  else {
    await new Promise<void>((resolve, reject) => {
      const timer =
        waitMs === undefined
          ? undefined
          : setTimeout(() => {
              // Out of the line: a slot is never handed to a caller that gave up.
              held.waiting.splice(held.waiting.indexOf(waiter), 1);
              reject(new SnapshotsBusyError());
            }, waitMs);
      const waiter = () => {
        clearTimeout(timer);
        resolve();
      };
      held.waiting.push(waiter);
    });
  }
  return () => {
    const next = held.waiting.shift();
    // Handed straight to the next in line; otherwise free again.
    if (next) next();
    else held.free += 1;
  };
}

export function kyselyForPostgres(
  connectionString: string,
  max = 10,
  { preparedStatements = true } = {},
): Db {
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
  pool.on("connect", queueQueries);
  if (preparedStatements) pool.on("connect", prepareRepeatedStatements);
  const db = kyselyFor(new PostgresDialect({ pool }));
  attached(db).pool = pool;
  // Kysely ends the pool only when a query of its own went through it; a
  // process whose every read took a client directly (openReadSnapshot: an
  // export from a script, a benchmark step) kept the pool, and so itself,
  // alive for another ten seconds after closing the database. Like
  // Kysely's own, this waits for clients still checked out to come back.
  const closeKysely = db.destroy.bind(db);
  db.destroy = async () => {
    const writers = attached(db).formTurns;
    for (const client of writers?.idle ?? []) client.release();
    await closeKysely();
    if (!pool.ending) await pool.end();
  };
  return db;
}

export async function openDatabase(target: DatabaseTarget): Promise<Db> {
  if (target.kind === "postgres")
    return kyselyForPostgres(target.connectionString, undefined, {
      preparedStatements: target.preparedStatements,
    });
  return (await openDataFolder(target.dataDir)).db;
}

/**
 * Opens the embedded database in `dataDir` (made when missing) for this
 * process alone: it takes the folder's lock first, and a folder another
 * live process has open is refused with a UserError that says which process
 * and what to do (decision 019). Closing the Db closes PGlite, which writes
 * the folder, and then frees it. Every opener of a data folder (the app, the
 * command line, the benchmark, tests) comes through here; PGlite snapshots
 * and in-memory instances share no folder and need no lock.
 */
export async function openDataFolder(dataDir: string): Promise<{ db: Db; pglite: PGlite }> {
  await mkdir(dataDir, { recursive: true });
  const lock = await lockDataFolder(dataDir);
  let pglite: PGlite;
  try {
    // Loaded only here: the module alone weighs about 45 MB of memory, which
    // a process on PostgreSQL (a web worker, an export) need not carry.
    const { PGlite } = await import("@electric-sql/pglite");
    pglite = await PGlite.create(dataDir, pgliteOptions);
  } catch (error) {
    await lock.release();
    throw error;
  }
  const db = kyselyForPGlite(pglite);
  attached(db).folderLock = lock;
  const closeKysely = db.destroy.bind(db);
  db.destroy = async () => {
    try {
      await closeKysely();
      // Kysely closes PGlite only when a query of its own went through it.
      if (!pglite.closed) await pglite.close();
    } finally {
      await lock.release();
    }
  };
  return { db, pglite };
}

/**
 * Writes the port the app serves on into the data folder's lock, so that a
 * command refused meanwhile can say where the app is. Nothing on PostgreSQL.
 */
export async function recordServingPort(db: Db, port: number): Promise<void> {
  await attached(db).folderLock?.recordPort(port);
}
