// Staging: the rows of a file are first written to scratch tables shaped like
// the real ones, so that the checks across rows, sheets and the database are
// set-based SQL, and the merge is a few statements however large the file.
// PostgreSQL gets them by COPY, PGlite by multi-row INSERT.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { type Kysely, sql } from "kysely";
import { from as copyFrom } from "pg-copy-streams";
import { type Db, postgresPoolOf } from "../connection.server";
import { DATASETS, type DatasetKey, type DatasetSpec } from "../contract/datasets";

export const ROW = "__row";
export const VALID = "__valid";

type Row = Record<string, unknown>;
type LooseDb = Kysely<Record<string, Row>>;

export interface StageTables {
  token: string;
  table: (dataset: DatasetKey) => string;
  scoresTable: string;
}

export function stageTables(): StageTables {
  const token = randomBytes(6).toString("hex");
  return {
    token,
    table: (dataset) => `import_stage_${token}_${dataset}`,
    scoresTable: `import_stage_${token}_scores`,
  };
}

/** Contract columns of a dataset in table order (they are the table's column names). */
export function stagedColumns(dataset: DatasetSpec): string[] {
  return dataset.columns.map((c) => c.key);
}

const SCORE_COLUMNS = ["edition_id", "applicant_id", "assessor", "criterion", "score"];

async function createLike(db: Db, name: string, source: string, columns: string[]) {
  // UNLOGGED: scratch data needs no crash safety, and skipping the WAL makes
  // the bulk load much faster. The tables live until dropStaging.
  await sql`create unlogged table ${sql.table(name)} as
    select ${sql.join(columns.map((c) => sql.ref(c)))}, 0::integer as ${sql.ref(ROW)}, true as ${sql.ref(VALID)}
    from ${sql.table(source)} with no data`.execute(db);
}

export async function createStaging(db: Db, tables: StageTables): Promise<void> {
  for (const dataset of DATASETS) {
    await createLike(db, tables.table(dataset.key), dataset.key, stagedColumns(dataset));
  }
  await createLike(db, tables.scoresTable, "assessment_scores", SCORE_COLUMNS);
}

export async function dropStaging(db: Db, tables: StageTables): Promise<void> {
  for (const dataset of DATASETS) {
    await sql`drop table if exists ${sql.table(tables.table(dataset.key))}`.execute(db);
  }
  await sql`drop table if exists ${sql.table(tables.scoresTable)}`.execute(db);
}

/** A value in COPY's text format. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => `"${String(item).replace(/(["\\])/g, "\\$1")}"`);
    return copyText(`{${items.join(",")}}`);
  }
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

export interface StageWriter {
  add: (row: Row) => Promise<void>;
  finish: () => Promise<void>;
}

const BATCH = 1000;

function insertWriter(db: Db, table: string, columns: string[]): StageWriter {
  let batch: Row[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    await (db as unknown as LooseDb).insertInto(table).values(rows).execute();
  };
  return {
    add: async (row) => {
      batch.push(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
      if (batch.length >= BATCH) await flush();
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
      pending += `${columns.map((c) => copyText(row[c])).join("\t")}\n`;
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

/** A writer into one staging table: COPY on PostgreSQL, batched INSERT on PGlite. */
export async function stageWriter(db: Db, table: string, columns: string[]): Promise<StageWriter> {
  return postgresPoolOf(db) ? copyWriter(db, table, columns) : insertWriter(db, table, columns);
}
