// Writes the staged rows into the real tables: upsert on the key columns, and
// in replace mode removal of the rows of the file's editions that the file no
// longer has. Rows as they were before an update or removal are kept in
// import_changes, so that the import can be undone as a whole.
import { type RawBuilder, sql } from "kysely";
import { type DatasetKey, datasetSpec } from "../core/contract/datasets";
import type { Db } from "../db/connection.server";
import { type CheckContext, fileEditions } from "./checks.server";
import { VALID } from "./staging.server";

export interface DatasetCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Replace mode: stored rows of the file's editions that the file does not have. */
  deleted?: number;
}

interface TablePlan {
  table: string;
  stage: string;
  keys: readonly string[];
  /** Columns the file gives: compared and updated. */
  compared: string[];
  /** Columns written for a new row. */
  inserted: string[];
}

const refs = (alias: string, columns: readonly string[]) =>
  sql.join(columns.map((c) => sql.ref(`${alias}.${c}`)));

function keysMatch(plan: TablePlan, left = "t", right = "s") {
  return sql.join(
    plan.keys.map((k) => sql`${sql.ref(`${left}.${k}`)} = ${sql.ref(`${right}.${k}`)}`),
    sql` and `,
  );
}

function differs(plan: TablePlan) {
  if (plan.compared.length === 0) return sql`false`;
  return sql`row(${refs("t", plan.compared)}) is distinct from row(${refs("s", plan.compared)})`;
}

async function count(db: Db, query: RawBuilder<unknown>): Promise<number> {
  const { rows } = await query.execute(db);
  return Number((rows[0] as { n: number | string }).n);
}

/**
 * Upserts one table's staged rows. The dataset's counts, taken just before,
 * tell which statements can have any effect: when no stored row differs, the
 * before-images and the update find nothing, and when no staged key is stored
 * yet, the insert needs no anti-join (each statement re-reads the table).
 */
async function upsert(db: Db, plan: TablePlan, counts: DatasetCounts, importId: number) {
  const table = sql.table(plan.table);
  const stage = sql.table(plan.stage);
  if (plan.compared.length > 0 && counts.updated > 0) {
    await sql`insert into import_changes (import_id, table_name, change, row)
      select ${importId}, ${plan.table}, 'updated', to_jsonb(t)
      from ${table} t join ${stage} s on ${keysMatch(plan)} where ${differs(plan)}`.execute(db);
    const assignments = sql.join(
      plan.compared.map((c) => sql`${sql.ref(c)} = ${sql.ref(`s.${c}`)}`),
    );
    await sql`update ${table} t set ${assignments}, import_id = ${importId}
      from ${stage} s where ${keysMatch(plan)} and ${differs(plan)}`.execute(db);
  }
  // A new score can also belong to a stored assessment: then it counts as updated.
  if (counts.inserted === 0 && counts.updated === 0) return;
  // Assessment scores hang off their assessment (a foreign key): no stored
  // assessment of the file means no stored score of it either.
  const allNew = counts.updated === 0 && counts.unchanged === 0;
  const notStored = allNew
    ? sql``
    : sql`where not exists (select 1 from ${table} t where ${keysMatch(plan)})`;
  const columns = sql.join(plan.inserted.map((c) => sql.ref(c)));
  await sql`insert into ${table} (${columns}, import_id)
    select ${refs("s", plan.inserted)}, ${importId} from ${stage} s ${notStored}`.execute(db);
}

/** Rows of the file's editions in `plan.table` that the file does not have. */
function vanishing(ctx: CheckContext, plan: TablePlan, staged: boolean) {
  const notInFile = staged
    ? sql`and not exists (select 1 from ${sql.table(plan.stage)} s where ${keysMatch(plan)})`
    : sql``;
  return sql`from ${sql.table(plan.table)} t
    where t.edition_id in (select edition_id from ${fileEditions(ctx)}) ${notInFile}`;
}

async function removeVanishing(
  ctx: CheckContext,
  plan: TablePlan,
  staged: boolean,
  importId: number,
): Promise<number> {
  const rows = vanishing(ctx, plan, staged);
  await sql`insert into import_changes (import_id, table_name, change, row)
    select ${importId}, ${plan.table}, 'deleted', to_jsonb(t) ${rows}`.execute(ctx.db);
  return count(
    ctx.db,
    sql`with gone as (delete ${rows} returning 1) select count(*) as n from gone`,
  );
}

function nonKeyColumns(dataset: DatasetKey): string[] {
  const spec = datasetSpec(dataset);
  return spec.columns.map((c) => c.key).filter((c) => !spec.keys.includes(c));
}

/** The columns a new row of `dataset` gets from a file with the `present` columns; the others get their default. */
export function insertedColumns(dataset: DatasetKey, present: ReadonlySet<string>): string[] {
  // An edition always gets a name: the contract's default when none is given.
  return [
    ...datasetSpec(dataset).keys,
    ...nonKeyColumns(dataset).filter(
      (c) => present.has(c) || (c === "name" && dataset === "editions"),
    ),
  ];
}

/** The plans of one dataset: assessments are two tables, the others one. */
export function plansFor(
  ctx: CheckContext,
  dataset: DatasetKey,
  present: ReadonlySet<string>,
): TablePlan[] {
  const spec = datasetSpec(dataset);
  const plan: TablePlan = {
    table: dataset,
    stage: ctx.tables.table(dataset),
    keys: spec.keys,
    compared: nonKeyColumns(dataset).filter((c) => present.has(c)),
    inserted: insertedColumns(dataset, present),
  };
  if (dataset !== "assessments") return [plan];
  const scoreKeys = [...spec.keys, "criterion"];
  return [
    plan,
    {
      table: "assessment_scores",
      stage: ctx.tables.scoresTable,
      keys: scoreKeys,
      compared: ["score"],
      inserted: [...scoreKeys, "score"],
    },
  ];
}

/** inserted / updated / unchanged, as the database stands before the merge. */
async function countChanges(ctx: CheckContext, plans: TablePlan[]): Promise<DatasetCounts> {
  const [main, scores] = plans as [TablePlan, TablePlan | undefined];
  const scoreChanged = scores
    ? sql`or exists (select 1 from ${sql.table(scores.stage)} s2
        left join assessment_scores t2 on ${keysMatch(scores, "t2", "s2")}
        where ${keysMatch(main, "s2", "s")}
          and (t2.score is null or t2.score <> s2.score))`
    : sql``;
  const { rows } = await sql<{ total: string; inserted: string; updated: string }>`
    select count(*) as total,
      count(*) filter (where t.${sql.ref(main.keys[0] as string)} is null) as inserted,
      count(*) filter (where t.${sql.ref(main.keys[0] as string)} is not null
        and (${differs(main)} ${scoreChanged})) as updated
    from ${sql.table(main.stage)} s left join ${sql.table(main.table)} t on ${keysMatch(main)}
    where s.${sql.ref(VALID)}`.execute(ctx.db);
  const totals = rows[0] ?? { total: "0", inserted: "0", updated: "0" };
  const inserted = Number(totals.inserted);
  const updated = Number(totals.updated);
  return { inserted, updated, unchanged: Number(totals.total) - inserted - updated };
}

// Children before parents, so a removal never relies on a cascade.
const REMOVAL_ORDER: DatasetKey[] = [
  "stories",
  "activities",
  "surveys",
  "outcomes",
  "awards",
  "assessments",
  "applicants",
  "criteria",
];

export const LOAD_ORDER: DatasetKey[] = [
  "editions",
  "criteria",
  "applicants",
  "assessments",
  "awards",
  "outcomes",
  "surveys",
  "activities",
  "stories",
];

/**
 * Merges every staged dataset; returns the counts per dataset of the file.
 * `present` tells per dataset which columns the file has.
 */
export async function mergeStaged(
  ctx: CheckContext,
  present: Map<DatasetKey, ReadonlySet<string>>,
  importId: number,
): Promise<Partial<Record<DatasetKey, DatasetCounts>>> {
  const counts: Partial<Record<DatasetKey, DatasetCounts>> = {};
  for (const dataset of LOAD_ORDER) {
    const columns = present.get(dataset);
    if (columns) counts[dataset] = await countChanges(ctx, plansFor(ctx, dataset, columns));
  }
  if (ctx.mode === "replace") {
    for (const dataset of REMOVAL_ORDER) {
      const columns = present.get(dataset);
      const plans = plansFor(ctx, dataset, columns ?? new Set());
      let deleted = 0;
      for (const plan of [...plans].reverse()) {
        const removed = await removeVanishing(ctx, plan, columns !== undefined, importId);
        if (plan.table === dataset) deleted = removed;
      }
      if (columns) (counts[dataset] as DatasetCounts).deleted = deleted;
      else if (deleted > 0) counts[dataset] = { inserted: 0, updated: 0, unchanged: 0, deleted };
    }
  }
  for (const dataset of LOAD_ORDER) {
    const columns = present.get(dataset);
    if (!columns) continue;
    const datasetCounts = counts[dataset] as DatasetCounts;
    for (const plan of plansFor(ctx, dataset, columns)) {
      await upsert(ctx.db, plan, datasetCounts, importId);
    }
  }
  return counts;
}

/** True when the merge would change nothing: the file is already in the database. */
export function changesNothing(counts: Partial<Record<DatasetKey, DatasetCounts>>): boolean {
  return Object.values(counts).every((c) => c.inserted === 0 && c.updated === 0 && !c.deleted);
}
