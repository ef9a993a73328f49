// The direct path (PostgreSQL): a file of one dataset whose rows are all new
// and valid goes by COPY straight into its table, inside the import's
// transaction, while the file is still being read: PostgreSQL inserts and
// checks one chunk on one core while node reads the next on the other. The
// staged path reads the whole file into staging tables first, and only then
// checks and inserts; for a large workbook the insert alone (heap, indexes and
// a foreign-key check per reference per row) takes about as long as reading.
//
// Only for datasets whose rules across rows are their key and their
// references: the table's primary key and foreign keys refuse exactly what the
// staged path's checks would report (a key twice in the file or already
// stored, an unknown edition or applicant). So a file that gets through was
// also all new and valid for the staged path, with the same rows, counts and
// history. At the first thing the direct path cannot take (an issue in a row
// or the header, a key already stored, anything the database refuses) it
// rolls back and returns null: the staged path then imports the file, or
// reports every error in it. Such a file is read twice, up to where the
// direct path stopped.
import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { DatasetKey, DatasetSpec } from "../core/contract/datasets";
import { O12_MONTHS } from "../core/metric-parts";
import type { Db } from "../db/connection.server";
import { withPostgresClient } from "../db/connection.server";
import { importTouchesErased } from "../db/queries/erased-registrations.server";
import { finishImport, startImport, tuneForBulkWork } from "./finish.server";
import type { ImportIssue } from "./issues";
import { lockImports } from "./lock.server";
import { type DatasetCounts, insertedColumns } from "./merge.server";
import type { ImportOptions } from "./options";
import type { HeaderMap, ParsedRow } from "./rows";
import { datasetOfSheet, IssueList, readSheet } from "./sheet-rows";
import type { ImportSource, RawSheet } from "./source";
import { copyLine } from "./staging.server";

/** Datasets whose cross-row checks (checks.server.ts) are all their table's primary and foreign keys. */
const DIRECT_DATASETS: readonly DatasetKey[] = [
  "applicants",
  "outcomes",
  "surveys",
  "activities",
  "stories",
];

export interface DirectOutcome {
  sheet: string;
  dataset: DatasetKey;
  ignoredSheets: string[];
  ignoredColumns: string[];
  warnings: ImportIssue[];
  counts: Partial<Record<DatasetKey, DatasetCounts>>;
  importId: number | null;
}

/** The file's one dataset sheet, when the direct path can take the file. */
export function directSheet(source: ImportSource, options: ImportOptions) {
  if (options.mode !== "upsert") return null;
  const known = source.sheetNames.filter((name) =>
    datasetOfSheet(source.kind, name, options.dataset),
  );
  if (known.length !== 1) return null;
  const name = known[0] as string;
  const dataset = datasetOfSheet(source.kind, name, options.dataset) as DatasetSpec;
  return DIRECT_DATASETS.includes(dataset.key) ? { name, dataset } : null;
}

/** The direct path gives way to the staged path. */
class NotDirect extends Error {}

/**
 * Characters of COPY text per COPY statement. PostgreSQL checks a
 * statement's foreign keys when it ends: each chunk is checked while node
 * reads the next, and a failing file stops within a chunk.
 */
const CHUNK_CHARS = 256 * 1024;

/**
 * COPY into `table` in chunks, one statement each, on the transaction's
 * connection. While one chunk is in PostgreSQL, the next is collected.
 */
function chunkedCopy(client: pg.PoolClient, table: string, columns: string[]) {
  const names = columns.map((c) => `"${c}"`).join(", ");
  let pending = "";
  let inFlight: Promise<void> = Promise.resolve();
  const send = async () => {
    // One statement at a time: the previous chunk's checks must have passed.
    await inFlight;
    if (pending === "") return;
    const text = pending;
    pending = "";
    const stream = client.query(copyFrom(`COPY "${table}" (${names}) FROM STDIN`));
    // Rejects when PostgreSQL refuses the chunk (events.once rejects on "error").
    const done = once(stream, "finish").then(() => undefined);
    done.catch(() => {});
    stream.end(text);
    inFlight = done;
  };
  return {
    add: async (line: string) => {
      pending += line;
      if (pending.length >= CHUNK_CHARS) await send();
    },
    finish: async () => {
      await send();
      await inFlight;
    },
    /** Waits for the chunk in flight, whatever its outcome: the connection is free again. */
    settle: () => inFlight.catch(() => {}),
  };
}

type ChunkedCopy = ReturnType<typeof chunkedCopy>;

async function copyRows(
  client: pg.PoolClient,
  dataset: DatasetSpec,
  sheet: RawSheet,
  options: ImportOptions,
  importId: number,
) {
  const issues = new IssueList(0);
  const editionIds = new Set<string>();
  const derivedEditionIds = new Set<string>();
  const feedsParts = (values: Record<string, unknown>) =>
    dataset.key !== "outcomes" || values.months === O12_MONTHS;
  let copy: ChunkedCopy | null = null;
  let columns: string[] = [];
  let rows = 0;
  const onRow = async (parsed: ParsedRow, map: HeaderMap) => {
    if (issues.total > 0) throw new NotDirect();
    if (!copy) {
      columns = [...insertedColumns(dataset.key, map.present), "import_id"];
      copy = chunkedCopy(client, dataset.key, columns);
    }
    parsed.values.import_id = importId;
    editionIds.add(parsed.values.edition_id as string);
    if (feedsParts(parsed.values)) derivedEditionIds.add(parsed.values.edition_id as string);
    rows += 1;
    await copy.add(copyLine(parsed.values, columns));
  };
  let header: HeaderMap;
  let warnings: ImportIssue[];
  try {
    ({ header, warnings } = await readSheet(dataset, sheet, options.limits, issues, onRow));
    if (issues.total > 0) throw new NotDirect();
    await (copy as ChunkedCopy | null)?.finish();
  } catch (error) {
    // The rollback must not queue behind a chunk still in PostgreSQL.
    await (copy as ChunkedCopy | null)?.settle();
    throw error;
  }
  return {
    header,
    warnings,
    rows,
    editionIds: [...editionIds],
    derivedEditionIds: [...derivedEditionIds],
  };
}

/**
 * Imports the file directly (see above); null when the direct path stopped
 * and the staged path must import it. `chosen` is directSheet's answer.
 */
export async function importDirectly(
  db: Db,
  source: ImportSource,
  chosen: NonNullable<ReturnType<typeof directSheet>>,
  options: ImportOptions,
  sha256: Promise<string>,
): Promise<DirectOutcome | null> {
  const outcome = await withPostgresClient(db, async (client, trx) => {
    await client.query("begin");
    try {
      await lockImports(trx);
      await tuneForBulkWork(trx);
      const importId = await startImport(trx, {
        importedBy: options.importedBy,
        fileName: options.fileName,
        sha256: await sha256,
        mode: options.mode,
        form: options.form,
      });
      const ignoredSheets: string[] = [];
      let read: Awaited<ReturnType<typeof copyRows>> | null = null;
      for await (const sheet of source.sheets()) {
        if (sheet.name !== chosen.name) ignoredSheets.push(sheet.name);
        else read = await copyRows(client, chosen.dataset, sheet, options, importId);
      }
      if (!read) throw new NotDirect();
      // The staged path reports each row of an erased registration.
      if (
        chosen.dataset.columns.some((c) => c.key === "applicant_id") &&
        (await importTouchesErased(trx, chosen.dataset.key, importId))
      ) {
        throw new NotDirect();
      }
      const counts = { [chosen.dataset.key]: { inserted: read.rows, updated: 0, unchanged: 0 } };
      const sheets = new Map([[chosen.dataset.key, chosen.name]]);
      const finished = await finishImport(trx, importId, { ...read, sheets, counts }, options);
      await client.query(finished.keep ? "commit" : "rollback");
      return {
        sheet: chosen.name,
        dataset: chosen.dataset.key,
        ignoredSheets,
        ignoredColumns: read.header.ignored,
        warnings: [...read.warnings, ...finished.warnings],
        counts,
        importId: finished.keep ? importId : null,
      } satisfies DirectOutcome;
    } catch {
      // Whatever stopped it (NotDirect, a refused chunk, a file beyond the
      // limits), the staged path reads the file again and reports it.
      await client.query("rollback");
      return null;
    }
  });
  return outcome;
}
