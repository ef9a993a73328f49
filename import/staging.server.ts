// Staging: the rows of a file are first written to scratch tables shaped like
// the real ones, so that the checks across rows, sheets and the database are
// set-based SQL, and the merge is a few statements however large the file.
// A file's rows arrive by COPY (PostgreSQL streamed, PGlite a chunk at a
// time) in unlogged tables; a form's few rows by one INSERT into temporary
// tables of the form's own transaction (formStaging).
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { type RawBuilder, sql } from "kysely";
import { from as copyFrom } from "pg-copy-streams";
import { DATASETS, type DatasetKey, type DatasetSpec } from "../core/contract/datasets";
import { type Db, postgresPoolOf, withPGlite } from "../db/connection.server";
import { lockFormWrite } from "./lock.server";

export const ROW = "__row";
export const VALID = "__valid";

type Row = Record<string, unknown>;

export interface StageTables {
  /** What every staging table's name starts with. */
  prefix: string;
  table: (dataset: DatasetKey) => string;
  scoresTable: string;
}

function stageTables(prefix: string): StageTables {
  return {
    prefix,
    table: (dataset) => `${prefix}${dataset}`,
    scoresTable: `${prefix}scores`,
  };
}

/** Contract columns of a dataset in table order (they are the table's column names). */
export function stagedColumns(dataset: DatasetSpec): string[] {
  return dataset.columns.map((c) => c.key);
}

const SCORE_COLUMNS = ["edition_id", "applicant_id", "assessor", "criterion", "score"];

/** A file's unlogged staging table: scratch data needs no crash safety, and skipping the WAL makes the bulk load much faster. */
async function createUnlogged(db: Db, name: string, source: string, columns: string[]) {
  await sql`create unlogged table ${sql.table(name)} as
    select ${sql.join(columns.map((c) => sql.ref(c)))}, 0::integer as ${sql.ref(ROW)}, true as ${sql.ref(VALID)}
    from ${sql.table(source)} with no data`.execute(db);
}

/** Datasets whose staging table the checks read even when the file lacks them. */
const ALWAYS_STAGED: readonly DatasetKey[] = ["editions", "criteria", "applicants"];

/**
 * Where an import's rows are staged, and how the checks and the merge run
 * all or nothing over them.
 */
export interface Staging {
  /** Where the staging tables are created and read. */
  db: Db;
  tables: StageTables;
  /**
   * The staging tables every import's checks read. The file's other
   * datasets get theirs from stageOf as they come: creating and dropping all
   * eleven for every import took about 0.15 s, a tenth of a 20,000-row
   * workbook's import.
   */
  create: () => Promise<void>;
  /** Creates the staging table(s) of a dataset the file has, unless create made it. */
  stageOf: (dataset: DatasetKey) => Promise<void>;
  writer: (table: string, columns: string[]) => Promise<StageWriter>;
  drop: () => Promise<void>;
  /** Runs the checks and the merge: everything they wrote stays, or nothing. */
  allOrNothing: <T>(work: (trx: Db) => Promise<T>) => Promise<T>;
}

/** Every staging table of an import: by name, its source table and columns. */
function stagingSources(tables: StageTables): Map<string, { source: string; columns: string[] }> {
  return new Map<string, { source: string; columns: string[] }>([
    ...DATASETS.map(
      (dataset) =>
        [
          tables.table(dataset.key),
          { source: dataset.key, columns: stagedColumns(dataset) },
        ] as const,
    ),
    [tables.scoresTable, { source: "assessment_scores", columns: SCORE_COLUMNS }] as const,
  ]);
}

/** A file's staging: unlogged tables loaded by COPY, checked and merged in a transaction of its own. */
export function fileStaging(db: Db): Staging {
  const tables = stageTables(`import_stage_${randomBytes(6).toString("hex")}_`);
  const sources = stagingSources(tables);
  const create = async (name: string) => {
    const { source, columns } = sources.get(name) as { source: string; columns: string[] };
    await createUnlogged(db, name, source, columns);
  };
  return {
    db,
    tables,
    create: async () => {
      for (const dataset of ALWAYS_STAGED) await create(tables.table(dataset));
    },
    stageOf: async (dataset) => {
      if (!ALWAYS_STAGED.includes(dataset)) await create(tables.table(dataset));
      if (dataset === "assessments") await create(tables.scoresTable);
    },
    writer: (table, columns) => stageWriter(db, table, columns),
    drop: async () => {
      for (const name of sources.keys()) {
        await sql`drop table if exists ${sql.table(name)}`.execute(db);
      }
    },
    allOrNothing: (work) => db.transaction().execute(work),
  };
}

const FORM_TABLES = stageTables("form_stage_");

/**
 * A form's staging, inside the transaction `trx` that the whole write runs
 * in: temporary tables of the connection's session, made by its first form
 * write (or a server's start: makeFormStaging); the write's first statement
 * takes its lock and lists them; the rows of every table go in by one
 * statement (insertBatch); the checks and the merge in a savepoint
 * (rolled back alone when refused, so the tables stay readable for the
 * report). Creating, loading and dropping a file's unlogged tables cost a
 * one-row form most of its time: their files are created and synced, and
 * COPY takes connections of its own; creating temporary tables for each
 * write still cost a few milliseconds a table in the catalogue.
 *
 * The tables keep their rows over a commit, and every write deletes what it
 * staged before its own (`drop`), so that between writes they are empty. ON
 * COMMIT DELETE ROWS emptied all fourteen of the session at every commit
 * that touched any of them, rebuilding each one's TOAST index: 2.3 ms of
 * every form write (decision 033).
 */
export function formStaging(trx: Db, { forWrite = true } = {}): Staging {
  const tables = FORM_TABLES;
  const sources = stagingSources(tables);
  const names = sql`array(select relname::text from pg_class
    where relnamespace = pg_my_temp_schema() and relname like ${`${tables.prefix}%`})`;
  // A write's first statement takes its lock (for the merge too) and reads
  // which tables the session has made: one round trip for both.
  const sessionTables = async () =>
    (forWrite
      ? await lockFormWrite(trx, { genericPlans: true, alongside: names })
      : (await sql<{ names: string[] }>`select ${names} as names`.execute(trx)).rows[0]
          ?.names) as string[];
  // The session's tables so far; the rest are made when a form first needs them.
  let made: Set<string> | undefined;
  const written = new Set<string>();
  const batch = insertBatch(trx);
  const ensure = async (names: string[]) => {
    made ??= new Set(await sessionTables());
    const missing = names.filter((name) => !made?.has(name));
    for (const name of missing) {
      const { source, columns } = sources.get(name) as { source: string; columns: string[] };
      await sql`create temporary table ${sql.table(name)} as
        select ${sql.join(columns.map((c) => sql.ref(c)))}, 0::integer as ${sql.ref(ROW)}, true as ${sql.ref(VALID)}
        from ${sql.table(source)} with no data`.execute(trx);
      made.add(name);
    }
    // A table never analysed is planned as ten pages of rows, and a join
    // of that many with a large table by hashing: the merge then read all
    // of `outcomes` for one row (18 ms at 10% of the national data, and
    // growing with it). Analysed once while empty, it is planned as small,
    // so every form write looks its rows up by key.
    if (missing.length > 0)
      await sql`analyze ${sql.join(missing.map((name) => sql.table(name)))}`.execute(trx);
  };
  return {
    db: trx,
    tables,
    // Each table costs a few milliseconds to make and analyse: a session
    // makes only those its forms use, not all thirteen at its first write.
    create: () => ensure(ALWAYS_STAGED.map((dataset) => tables.table(dataset))),
    stageOf: (dataset) =>
      ensure(
        dataset === "assessments"
          ? [tables.table(dataset), tables.scoresTable]
          : [tables.table(dataset)],
      ),
    writer: async (table, columns) => {
      written.add(table);
      return batch.writer(table, columns);
    },
    drop: () => emptyStaged(trx, written),
    allOrNothing: async (work) => {
      await batch.send();
      await sql`savepoint form_write`.execute(trx);
      try {
        // Kept, not released: the commit ends it, and a release would be
        // one more round trip (a second try's savepoint hides this one).
        return await work(trx);
      } catch (error) {
        await sql`rollback to savepoint form_write`.execute(trx);
        throw error;
      }
    },
  };
}

/** PostgreSQL's "current transaction is aborted": a statement after a failed one. */
const IN_FAILED_TRANSACTION = "25P02";

/**
 * Deletes a form's staged rows, in one statement, before its commit. After a
 * statement failed the transaction can only roll back, which takes the rows
 * with it: the failure that stopped the write is then the one reported.
 */
async function emptyStaged(trx: Db, tables: ReadonlySet<string>): Promise<void> {
  if (tables.size === 0) return;
  const deletes = [...tables]
    .sort()
    .map((name, i) => sql`${sql.ref(`emptied_${i}`)} as (delete from ${sql.table(name)})`);
  try {
    await sql`with ${sql.join(deletes)} select 1`.execute(trx);
  } catch (error) {
    if ((error as { code?: string } | null)?.code !== IN_FAILED_TRANSACTION) throw error;
  }
}

/**
 * Makes every form staging table on the connection `db` has (a form writer's,
 * at a server's start: keepFormWriters), so that no form write pays for
 * them: a few milliseconds a table. Without the writes' lock: a long import
 * must not hold up the start.
 */
export async function makeFormStaging(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const staging = formStaging(trx, { forWrite: false });
    await staging.create();
    for (const dataset of DATASETS) await staging.stageOf(dataset.key);
  });
}

const COPY_SPECIAL = /[\\\t\n\r]/;

function copyEscaped(text: string): string {
  // Most values have nothing to escape: testing first spares a new string.
  if (!COPY_SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** A value in COPY's text format. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  switch (typeof value) {
    case "string":
      return copyEscaped(value);
    case "number":
      return String(value);
    case "boolean":
      return value ? "t" : "f";
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => `"${String(item).replace(/(["\\])/g, "\\$1")}"`);
    return copyEscaped(`{${items.join(",")}}`);
  }
  return copyEscaped(String(value));
}

/** One row as a line of COPY text. */
export function copyLine(row: Row, columns: readonly string[]): string {
  let line = copyText(row[columns[0] as string]);
  for (let i = 1; i < columns.length; i += 1) line += `\t${copyText(row[columns[i] as string])}`;
  return `${line}\n`;
}

export interface StageWriter {
  add: (row: Row) => Promise<void>;
  finish: () => Promise<void>;
}

/** Characters of COPY text PGlite loads at once: large enough to be few statements, small enough to stay flat. */
const PGLITE_COPY_CHUNK = 1024 * 1024;

function pgliteWriter(db: Db, table: string, columns: string[]): StageWriter {
  const names = columns.map((c) => `"${c}"`).join(", ");
  const statement = `COPY "${table}" (${names}) FROM '/dev/blob'`;
  let pending = "";
  const flush = async () => {
    if (pending === "") return;
    const blob = new Blob([pending]);
    pending = "";
    await withPGlite(db, (pglite) => pglite.query(statement, [], { blob }));
  };
  return {
    add: async (row) => {
      pending += copyLine(row, columns);
      if (pending.length >= PGLITE_COPY_CHUNK) await flush();
    },
    finish: flush,
  };
}

/** Characters of COPY text sent at once. */
const COPY_CHUNK = 64 * 1024;

async function copyWriter(db: Db, table: string, columns: string[]): Promise<StageWriter> {
  const pool = postgresPoolOf(db);
  if (!pool) throw new Error("COPY needs a PostgreSQL pool");
  const client = await pool.connect();
  const names = columns.map((c) => `"${c}"`).join(", ");
  const stream = client.query(copyFrom(`COPY "${table}" (${names}) FROM STDIN`));
  let released = false;
  const release = (error?: Error) => {
    if (!released) client.release(error);
    released = true;
  };
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => {});
  // Lines go out in chunks: a write per row costs more than encoding the row.
  let pending = "";
  const flush = async () => {
    const chunk = pending;
    pending = "";
    if (chunk && !stream.write(chunk)) await Promise.race([once(stream, "drain"), failed]);
  };
  return {
    add: async (row) => {
      pending += copyLine(row, columns);
      if (pending.length >= COPY_CHUNK) await flush();
    },
    finish: async () => {
      try {
        await flush();
        stream.end();
        await Promise.race([once(stream, "finish"), failed]);
        release();
      } catch (error) {
        release(error as Error);
        throw error;
      }
    },
  };
}

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 65_535;

/**
 * A form's staged rows, all tables' in one statement where PostgreSQL's
 * parameter limit allows (a form's few rows always): each statement is a
 * round trip, and those are most of a form write's cost. A writer's rows are
 * queued when it finishes (or grows too large for one statement); `send`
 * inserts what is queued, before the checks read it.
 */
function insertBatch(trx: Db) {
  let queued: RawBuilder<unknown>[] = [];
  let parameters = 0;
  const send = async () => {
    const inserts = queued;
    queued = [];
    parameters = 0;
    if (inserts.length === 1) await (inserts[0] as RawBuilder<unknown>).execute(trx);
    if (inserts.length < 2) return;
    const named = inserts.map((insert, i) => sql`${sql.ref(`staged_${i}`)} as (${insert})`);
    await sql`with ${sql.join(named)} select 1`.execute(trx);
  };
  const writer = (table: string, columns: string[]): StageWriter => {
    let rows: Row[] = [];
    const queue = async () => {
      if (rows.length === 0) return;
      const count = rows.length * columns.length;
      if (parameters + count > MAX_PARAMETERS) await send();
      queued.push(sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
        values ${sql.join(rows.map((row) => sql`(${sql.join(columns.map((c) => row[c] ?? null))})`))}`);
      parameters += count;
      rows = [];
    };
    return {
      add: async (row) => {
        if ((rows.length + 1) * columns.length > MAX_PARAMETERS) await queue();
        rows.push(row);
      },
      finish: queue,
    };
  };
  return { writer, send };
}

/** A writer into one staging table: COPY, streamed on PostgreSQL, in chunks on PGlite. */
export async function stageWriter(db: Db, table: string, columns: string[]): Promise<StageWriter> {
  return postgresPoolOf(db) ? copyWriter(db, table, columns) : pgliteWriter(db, table, columns);
}
