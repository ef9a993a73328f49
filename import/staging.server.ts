// Staging: the rows of a file are first written to scratch tables shaped like
// the real ones, so that the checks across rows, sheets and the database are
// set-based SQL, and the merge is a few statements however large the file.
// Both engines get them by COPY: PostgreSQL streamed, PGlite a chunk at a time.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { sql } from "kysely";
import { from as copyFrom } from "pg-copy-streams";
import {
  DATASETS,
  type DatasetKey,
  type DatasetSpec,
  datasetSpec,
} from "../core/contract/datasets";
import { type Db, postgresPoolOf, withPGlite } from "../db/connection.server";

export const ROW = "__row";
export const VALID = "__valid";

type Row = Record<string, unknown>;

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

/** Datasets whose staging table the checks read even when the file lacks them. */
const ALWAYS_STAGED: readonly DatasetKey[] = ["editions", "criteria", "applicants"];

async function createDatasetStage(db: Db, tables: StageTables, dataset: DatasetKey) {
  await createLike(db, tables.table(dataset), dataset, stagedColumns(datasetSpec(dataset)));
}

/**
 * The staging tables every import's checks read. The file's other datasets
 * get theirs from stageOf as they come: creating and dropping all eleven for
 * every import took about 0.15 s, a tenth of a 20,000-row workbook's import.
 */
export async function createStaging(db: Db, tables: StageTables): Promise<void> {
  for (const dataset of ALWAYS_STAGED) await createDatasetStage(db, tables, dataset);
}

/** Creates the staging table(s) of a dataset the file has, unless createStaging made it. */
export async function stageOf(db: Db, tables: StageTables, dataset: DatasetKey): Promise<void> {
  if (!ALWAYS_STAGED.includes(dataset)) await createDatasetStage(db, tables, dataset);
  if (dataset === "assessments") {
    await createLike(db, tables.scoresTable, "assessment_scores", SCORE_COLUMNS);
  }
}

export async function dropStaging(db: Db, tables: StageTables): Promise<void> {
  for (const dataset of DATASETS) {
    await sql`drop table if exists ${sql.table(tables.table(dataset.key))}`.execute(db);
  }
  await sql`drop table if exists ${sql.table(tables.scoresTable)}`.execute(db);
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

/** A writer into one staging table: COPY, streamed on PostgreSQL, in chunks on PGlite. */
export async function stageWriter(db: Db, table: string, columns: string[]): Promise<StageWriter> {
  return postgresPoolOf(db) ? copyWriter(db, table, columns) : pgliteWriter(db, table, columns);
}
