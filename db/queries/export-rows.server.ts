// The rows of the exports, read page by page (keyset pagination on each
// table's primary key), so that memory stays flat however many rows there
// are. Which columns and rows may leave is the caller's decision: it names
// them, and what it does not name is never read.
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { DatasetKey } from "../../core/contract/datasets";
import type { Instrument } from "../../core/contract/enums";
import { O12_MONTHS } from "../../core/metric-parts";
import type { Db } from "../connection.server";
import type { IsoDate } from "../schema";

/** A row as the database returns it: numbers, ISO dates, booleans, text, text lists. */
export type ExportRow = Readonly<Record<string, unknown>>;

/** What to read of one contract table. */
export interface TableRead {
  /** Each dataset of the contract is stored in the table of the same name. */
  table: DatasetKey;
  /** The primary key, in index order: pages follow it. */
  keys: readonly string[];
  columns: readonly string[];
  /** Only the rows where this boolean column is true. */
  onlyWhere?: string;
  /** This column is read as null unless the condition column is true. */
  nullUnless?: { column: string; condition: string };
  /** Assessments: each row's criterion scores, as `scores: { criterion: score }`. */
  withScores?: boolean;
}

/**
 * Pages asked for before the caller wants them. The database finds them
 * while the caller writes (and waits for the compressor and the reader of
 * the output); one page ahead left it idle whenever writing a page took
 * longer than finding one. A few pages keep memory flat.
 */
const PAGES_AHEAD = 3;

/**
 * Pages of at most `batchSize` rows, each page starting after the last row of
 * the previous. Each page is asked for as soon as the one before it has
 * come, up to `PAGES_AHEAD` pages that the caller has not taken yet.
 */
async function* keysetBatches<Row>(
  page: (after: Row | undefined) => Promise<Row[]>,
  batchSize: number,
): AsyncGenerator<Row[]> {
  const waiting: Promise<Row[]>[] = [];
  // The last row of the newest page, when the page after it is not asked for yet.
  let paused: Row | undefined;
  const ask = (after: Row | undefined) => {
    const next = page(after);
    waiting.push(next);
    next.then(
      (rows) => {
        if (rows.length < batchSize) return;
        if (waiting.length < PAGES_AHEAD) ask(rows.at(-1));
        else paused = rows.at(-1);
      },
      // Its failure reaches the caller when it takes the page; a caller that
      // stops early never takes it, and then the failure is nobody's.
      () => {},
    );
  };
  ask(undefined);
  for (let next = waiting.shift(); next; next = waiting.shift()) {
    const rows = await next;
    if (paused !== undefined) {
      const after = paused;
      paused = undefined;
      ask(after);
    }
    if (rows.length > 0) yield rows;
  }
}

/**
 * The page's lower bound on the key's first column, beside the row
 * comparison: PostgreSQL 15 cannot start an index scan that also has
 * `= any(editions)` at the row comparison, and without this bound it reads
 * the rows of every earlier edition of the query again for each page
 * (quadratic: with every edition in one query, the national dataset took
 * minutes instead of seconds).
 */
function startsFrom(column: RawBuilder<unknown>, value: unknown): RawBuilder<SqlBool> {
  return sql<SqlBool>`${column} >= ${value}`;
}

function inEditions(column: string, editionIds: readonly string[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} = any(${[...editionIds]}::text[])`;
}

/**
 * Editions per query: PostgreSQL takes longer to plan `= any(…)` of every
 * edition of the country (some 20 ms) than to find a page of rows.
 */
const EDITIONS_PER_QUERY = 100;

/**
 * The pages of `batches` for one group of editions after the other. The
 * groups follow the editions' order in the database, which is the order of
 * every table's key (each starts with the edition), so the rows still come
 * in key order.
 */
async function* byEditionGroups<Row>(
  db: Db,
  editionIds: readonly string[],
  batches: (group: readonly string[]) => AsyncGenerator<Row[]>,
): AsyncGenerator<Row[]> {
  const { rows } = await sql<{ edition_id: string }>`
    select edition_id from editions where ${inEditions("edition_id", editionIds)}
    order by edition_id`.execute(db);
  for (let start = 0; start < rows.length; start += EDITIONS_PER_QUERY) {
    const group = rows.slice(start, start + EDITIONS_PER_QUERY).map((row) => row.edition_id);
    yield* batches(group);
  }
}

// json, not jsonb: built as text, which is how it leaves anyway; jsonb's
// binary form made this sub-query, run once per assessment, 1.6 times as
// costly, and it was most of the assessments sheet's time in the database.
const SCORES = sql`(
  select json_object_agg(s.criterion, s.score) from assessment_scores as s
  where s.edition_id = t.edition_id and s.applicant_id = t.applicant_id and s.assessor = t.assessor
) as scores`;

/** The rows of one table for the given editions, in primary-key order, a page at a time. */
export function readTableBatches(
  db: Db,
  read: TableRead,
  editionIds: readonly string[],
  batchSize: number,
): AsyncGenerator<ExportRow[]> {
  const ref = (column: string) => sql.ref(`t.${column}`);
  const columns = [...new Set([...read.keys, ...read.columns])];
  const selections = columns.map((column) =>
    read.nullUnless?.column === column
      ? sql`case when ${ref(read.nullUnless.condition)} then ${ref(column)} end as ${sql.id(column)}`
      : ref(column),
  );
  if (read.withScores) selections.push(SCORES);
  const keys = sql.join(read.keys.map(ref));
  const pages = (group: readonly string[]) =>
    keysetBatches<ExportRow>(async (after) => {
      const conditions = [inEditions("t.edition_id", group)];
      if (read.onlyWhere) conditions.push(sql<SqlBool>`${ref(read.onlyWhere)}`);
      if (after) {
        const values = sql.join(read.keys.map((key) => sql`${after[key]}`));
        const [first] = read.keys as [string];
        conditions.push(
          sql<SqlBool>`(${keys}) > (${values})`,
          startsFrom(ref(first), after[first]),
        );
      }
      const { rows } = await sql<ExportRow>`
        select ${sql.join(selections)} from ${sql.table(read.table)} as t
        where ${sql.join(conditions, sql` and `)}
        order by ${keys}
        limit ${batchSize}`.execute(db);
      return rows;
    }, batchSize);
  return byEditionGroups(db, editionIds, pages);
}

/** The criteria that assessments of these editions have scores on, `impact` first. */
export async function scoredCriteria(db: Db, editionIds: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom("assessment_scores")
    .where(inEditions("edition_id", editionIds))
    .select("criterion")
    .distinct()
    .execute();
  // Plain code-point order: the same on every database and machine.
  return rows
    .map((row) => row.criterion)
    .sort((a, b) => Number(b === "impact") - Number(a === "impact") || (a < b ? -1 : 1));
}

export interface ImportStamp {
  import_id: number;
  imported_at: Date;
}

/** The most recent import still in effect: the version of the data. */
export async function latestImport(db: Db): Promise<ImportStamp | null> {
  const row = await db
    .selectFrom("imports")
    .where("undone_at", "is", null)
    .select(["import_id", "imported_at"])
    .orderBy("import_id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

export interface ExportChoices {
  municipalities: string[];
  themes: string[];
  years: number[];
}

const dutchOrder = new Intl.Collator("nl").compare;

/** What the export form offers: the municipalities, themes and years there are. */
export async function exportChoices(db: Db): Promise<ExportChoices> {
  const [municipalities, themes, years] = await Promise.all([
    db.selectFrom("editions").select("municipality").distinct().execute(),
    sql<{ theme: string }>`select distinct unnest(themes) as theme from editions`.execute(db),
    db.selectFrom("editions").select("year").distinct().orderBy("year").execute(),
  ]);
  return {
    municipalities: municipalities.map((row) => row.municipality).sort(dutchOrder),
    themes: themes.rows.map((row) => row.theme).sort(dutchOrder),
    years: years.map((row) => row.year),
  };
}

/** One award with what a 360Giving grant says about it. */
export interface AwardGrantRow {
  edition_id: string;
  applicant_id: string;
  municipality: string;
  edition_name: string;
  year: number;
  finale_on: IsoDate | null;
  /** The edition's themes: the grant's classifications. */
  themes: string[];
  initiative: string;
  organisation: string | null;
  /** The organisation's KvK number: a registered identifier, and a recipient organisation. */
  kvk_number: string | null;
  start_budget_eur: number;
  microcredit_eur: number;
  own_contribution_eur: number;
  cofunding_eur: number;
  awarded_on: IsoDate | null;
  instrument: Instrument;
  /** The 12-month measurement: still active, stopped, or null when not followed. */
  active_12m: boolean | null;
  /** The latest import that wrote the award, its applicant or its edition; null: none recorded. */
  modified_at: Date | null;
}

/** The awards of these editions with their edition and 12-month status, a page at a time. */
export function readAwardGrantBatches(
  db: Db,
  editionIds: readonly string[],
  batchSize: number,
): AsyncGenerator<AwardGrantRow[]> {
  const pages = (group: readonly string[]) =>
    keysetBatches<AwardGrantRow>(
      (after) =>
        db
          .selectFrom("awards as w")
          .innerJoin("editions as e", "e.edition_id", "w.edition_id")
          .innerJoin("applicants as a", (join) =>
            join
              .onRef("a.edition_id", "=", "w.edition_id")
              .onRef("a.applicant_id", "=", "w.applicant_id"),
          )
          .leftJoin("outcomes as o", (join) =>
            join
              .onRef("o.edition_id", "=", "w.edition_id")
              .onRef("o.applicant_id", "=", "w.applicant_id")
              .on("o.months", "=", O12_MONTHS),
          )
          .leftJoin("imports as iw", "iw.import_id", "w.import_id")
          .leftJoin("imports as ia", "ia.import_id", "a.import_id")
          .leftJoin("imports as ie", "ie.import_id", "e.import_id")
          .where(inEditions("w.edition_id", group))
          .$if(after !== undefined, (qb) =>
            qb
              .where(
                sql<SqlBool>`(w.edition_id, w.applicant_id) > (${after?.edition_id}, ${after?.applicant_id})`,
              )
              .where(startsFrom(sql.ref("w.edition_id"), after?.edition_id)),
          )
          .select([
            "w.edition_id",
            "w.applicant_id",
            "e.municipality",
            "e.name as edition_name",
            "e.year",
            "e.finale_on",
            "e.themes",
            "a.initiative",
            "a.organisation",
            "a.kvk_number",
            "w.start_budget_eur",
            "w.microcredit_eur",
            "w.own_contribution_eur",
            "w.cofunding_eur",
            "w.awarded_on",
            "w.instrument",
            "o.active as active_12m",
            // greatest() passes over nulls: rows loaded outside an import.
            sql<Date | null>`greatest(iw.imported_at, ia.imported_at, ie.imported_at)`.as(
              "modified_at",
            ),
          ])
          .orderBy("w.edition_id")
          .orderBy("w.applicant_id")
          .limit(batchSize)
          .execute(),
      batchSize,
    );
  return byEditionGroups(db, editionIds, pages);
}
