// The rules across rows, sheets and the database, as set-based SQL over the
// staging tables: keys unique in the file, references present in the file or
// the database, the rubric rules and the max-share rule. Runs inside the
// import's transaction, so it sees the database as the merge will. The
// checks go to the database together, as one statement: a form's write ran
// eight of them one after another, and on a busy server each round trip
// costs both sides more than the check itself (decision 034).
import { type RawBuilder, sql } from "kysely";
import { type DatasetKey, datasetSpec } from "../core/contract/datasets";
import { DEFAULT_RUBRIC } from "../core/rubric";
import type { Db } from "../db/connection.server";
import { wasErased } from "../db/queries/erased-registrations.server";
import type { ImportIssue, IssueCode } from "./issues";
import { ROW, type StageTables, VALID } from "./staging.server";

export type ImportMode = "upsert" | "replace";

export interface CheckContext {
  db: Db;
  tables: StageTables;
  mode: ImportMode;
  /** The datasets the file holds, with their sheet names. */
  sheets: Map<DatasetKey, string>;
  /** How many rows each dataset's sheet has. */
  rows: ReadonlyMap<DatasetKey, number>;
}

interface Finding {
  row: number;
  value: string | null;
}

const row = sql.ref(ROW);
const valid = sql.ref(VALID);

function stage(ctx: CheckContext, dataset: DatasetKey) {
  return sql.table(ctx.tables.table(dataset));
}

/** A rule's query, whose rows are its findings, and the issues they make. */
interface Check {
  query: RawBuilder<unknown>;
  issues: (found: Finding[]) => ImportIssue[];
}

/**
 * The name under which the checks' statement holds the rubrics after the
 * import (rubricsAfter): the score and rubric rules ask for them five times,
 * and PostgreSQL computes a CTE that is named more than once only once.
 */
const RUBRICS = sql.table("rubrics_after");

/**
 * Every check's findings from one statement: a column per check, its rows as
 * a JSON array in the order its query gives them. `rubrics`: the definition
 * of RUBRICS, when a check reads it.
 */
async function runTogether(
  db: Db,
  checks: readonly Check[],
  rubrics: RawBuilder<unknown> | null,
): Promise<ImportIssue[]> {
  if (checks.length === 0) return [];
  const columns = checks.map(
    ({ query }, i) =>
      sql`(select coalesce(json_agg(f), '[]') from (${query}) f) as ${sql.ref(`c${i}`)}`,
  );
  const named = rubrics ? sql`with ${RUBRICS} as ${rubrics} ` : sql``;
  const { rows } = await sql<
    Record<string, Finding[]>
  >`${named}select ${sql.join(columns)}`.execute(db);
  const found = rows[0] as Record<string, Finding[]>;
  return checks.flatMap((check, i) => check.issues(found[`c${i}`] ?? []));
}

function toIssues(
  ctx: CheckContext,
  dataset: DatasetKey,
  column: string,
  found: Finding[],
  problem: (f: Finding) => IssueCode,
): ImportIssue[] {
  return found.map((f) => ({
    dataset,
    sheet: ctx.sheets.get(dataset) ?? null,
    row: f.row,
    column,
    value: f.value,
    problem: problem(f),
  }));
}

async function duplicateKeys(ctx: CheckContext, dataset: DatasetKey): Promise<ImportIssue[]> {
  // One row has no duplicate: a form's write spares the query.
  if ((ctx.rows.get(dataset) ?? 0) < 2) return [];
  const keys = datasetSpec(dataset).keys;
  const last = keys[keys.length - 1] as string;
  const partition = sql.join(keys.map((k) => sql.ref(k)));
  // A row without a key (its column missing, or its cell empty) is reported
  // as such already: not also as the same key as every other such row.
  const keyed = sql.join(
    keys.map((k) => sql`${sql.ref(k)} is not null`),
    sql` and `,
  );
  // Most files have no duplicate: a hash over the keys says so without the
  // sort the window below needs (sorting text keys by the collation is slow).
  const { rows: any } = await sql`select 1 from ${stage(ctx, dataset)} where ${keyed}
    group by ${partition} having count(*) > 1 limit 1`.execute(ctx.db);
  if (any.length === 0) return [];
  const { rows: found } =
    await sql<Finding>`select ${row} as row, ${sql.ref(last)}::text as value from (
      select *, row_number() over (partition by ${partition} order by ${row}) as n
      from ${stage(ctx, dataset)} where ${keyed}) s
    where n > 1 order by ${row}`.execute(ctx.db);
  return toIssues(ctx, dataset, last, found, () => ({ code: "duplicate_key" }));
}

function columnDefault(dataset: DatasetKey, column: string): number {
  return Number(datasetSpec(dataset).columns.find((c) => c.key === column)?.default);
}

/**
 * Editions as they will be: the file's rows over the database's. A column the
 * file does not have keeps the stored value, or gets the contract's default.
 * Without an editions sheet they are the stored ones: the plain table lets the
 * planner use its primary key, where the union would read every edition (a
 * form's write, which never has that sheet, would pay for it on each answer).
 */
function editionsAfter(ctx: CheckContext) {
  if (!ctx.sheets.has("editions")) return sql`editions`;
  return sql`(select s.edition_id, s.municipality, s.year,
      coalesce(s.max_share, e.max_share, ${columnDefault("editions", "max_share")}) as max_share,
      coalesce(s.score_scale_max, e.score_scale_max,
        ${columnDefault("editions", "score_scale_max")}) as score_scale_max
    from ${stage(ctx, "editions")} s left join editions e on e.edition_id = s.edition_id
    union all
    select e.edition_id, e.municipality, e.year, e.max_share, e.score_scale_max from editions e
    where not exists (select 1 from ${stage(ctx, "editions")} s where s.edition_id = e.edition_id))`;
}

function municipalityYear(ctx: CheckContext): Check {
  return {
    query: sql`select s.${row} as row, s.year::text as value, min(o.edition_id) as other
    from ${stage(ctx, "editions")} s
    join ${editionsAfter(ctx)} o
      on o.municipality = s.municipality and o.year = s.year and o.edition_id <> s.edition_id
    group by s.${row}, s.year order by s.${row}`,
    issues: (found) =>
      toIssues(ctx, "editions", "year", found, (f) => ({
        code: "duplicate_municipality_year",
        other: (f as Finding & { other: string }).other,
      })),
  };
}

function unknownEditions(ctx: CheckContext, dataset: DatasetKey): Check {
  return {
    query: sql`select s.${row} as row, s.edition_id as value from ${stage(ctx, dataset)} s
    where s.edition_id is not null
      and not exists (select 1 from ${editionsAfter(ctx)} e where e.edition_id = s.edition_id)
    order by s.${row}`,
    issues: (found) =>
      toIssues(ctx, dataset, "edition_id", found, () => ({ code: "unknown_edition" })),
  };
}

/**
 * Is the applicant of stage row `s` there after the import? In the file, or
 * stored; in replace mode the stored applicants of the file's editions go, so
 * only the file's own count for those editions. Two anti-joins, not one over a
 * union: each can then use a hash or the primary key. Without an applicants
 * sheet the file's part is empty and is left out of the query.
 */
function applicantMissing(ctx: CheckContext) {
  const replaced =
    ctx.mode === "replace"
      ? sql`and not exists (select 1 from ${fileEditions(ctx)} where file_editions.edition_id = a.edition_id)`
      : sql``;
  const inFile = ctx.sheets.has("applicants")
    ? sql`not exists (select 1 from ${stage(ctx, "applicants")} a
      where a.edition_id = s.edition_id and a.applicant_id = s.applicant_id) and `
    : sql``;
  return sql`${inFile}not exists (select 1 from applicants a
      where a.edition_id = s.edition_id and a.applicant_id = s.applicant_id ${replaced})`;
}

/**
 * Every edition the file names, in any of its datasets; with `flag`, also a
 * column `derived`: whether the row of that dataset fulfils flag(dataset).
 */
export function fileEditions(
  ctx: { tables: StageTables; sheets: Map<DatasetKey, string> },
  flag?: (dataset: DatasetKey) => RawBuilder<unknown>,
) {
  const flagged = (dataset: DatasetKey) => (flag ? sql`, ${flag(dataset)} as derived` : sql``);
  const parts = [...ctx.sheets.keys()].map(
    (dataset) =>
      sql`select edition_id ${flagged(dataset)} from ${sql.table(ctx.tables.table(dataset))}`,
  );
  if (parts.length === 0) {
    const none = flag ? sql`, false as derived` : sql``;
    return sql`(select null::text as edition_id ${none} where false) as file_editions`;
  }
  return sql`(${sql.join(parts, sql` union `)}) as file_editions`;
}

function unknownApplicants(ctx: CheckContext, dataset: DatasetKey): Check {
  return {
    query: sql`select s.${row} as row, s.applicant_id as value from ${stage(ctx, dataset)} s
    where s.applicant_id is not null and s.edition_id is not null
      and exists (select 1 from ${editionsAfter(ctx)} e where e.edition_id = s.edition_id)
      and ${applicantMissing(ctx)}
    order by s.${row}`,
    issues: (found) =>
      toIssues(ctx, dataset, "applicant_id", found, () => ({ code: "unknown_applicant" })),
  };
}

/**
 * Rows of a registration that was erased (on request or by retention): the
 * person may not come back with the source file they were erased from. Most
 * databases never erased one: the first condition, asked once, then spares
 * every row its fingerprint.
 */
function erasedRegistrations(ctx: CheckContext, dataset: DatasetKey): Check {
  return {
    query: sql`select s.${row} as row, s.applicant_id as value from ${stage(ctx, dataset)} s
    where exists (select 1 from erased_registrations)
      and s.applicant_id is not null and s.edition_id is not null and ${wasErased("s")}
    order by s.${row}`,
    issues: (found) =>
      toIssues(ctx, dataset, "applicant_id", found, () => ({ code: "registration_erased" })),
  };
}

const defaultRubric = sql`(values ${sql.join(
  DEFAULT_RUBRIC.map((c) => sql`(${c.criterion}::text, ${c.weight}::numeric)`),
)}) as d(criterion, weight)`;

/**
 * The rubric each edition of the file will have: its criteria rows after the
 * import, or the default rubric where it has none. The stored criteria are
 * looked up by the array of the file's editions: the staging tables have no
 * statistics, and the planner, guessing them large, read every criterion.
 */
function rubricsAfter(ctx: CheckContext) {
  const storedKept =
    ctx.mode === "replace"
      ? sql`false`
      : sql`not exists (select 1 from ${stage(ctx, "criteria")} s
          where s.edition_id = c.edition_id and s.criterion = c.criterion)`;
  return sql`(with explicit as (
      select edition_id, criterion, weight from ${stage(ctx, "criteria")} where ${valid}
      union all
      select c.edition_id, c.criterion, c.weight from criteria c
      where c.edition_id = any(array(select edition_id from ${fileEditions(ctx)})) and ${storedKept}
    )
    select edition_id, criterion, weight from explicit
    union all
    select f.edition_id, d.criterion, d.weight from (select distinct edition_id from ${fileEditions(ctx)}) f
    cross join ${defaultRubric}
    where not exists (select 1 from explicit x where x.edition_id = f.edition_id))`;
}

function impactRule(ctx: CheckContext): Check[] {
  const rubric = RUBRICS;
  const missing = sql`select min(s.${row}) as row, s.edition_id as value
    from ${stage(ctx, "criteria")} s
    where not exists (select 1 from ${rubric} r
      where r.edition_id = s.edition_id and r.criterion = 'impact')
    group by s.edition_id order by 1`;
  const heavier = sql`select coalesce(s.${row}, i.${row}, 0) as row, r.criterion as value
    from ${rubric} r
    join ${rubric} impact on impact.edition_id = r.edition_id and impact.criterion = 'impact'
    left join ${stage(ctx, "criteria")} s on s.edition_id = r.edition_id and s.criterion = r.criterion
    left join ${stage(ctx, "criteria")} i on i.edition_id = r.edition_id and i.criterion = 'impact'
    where r.criterion <> 'impact' and r.weight >= impact.weight
      and r.edition_id in (select edition_id from ${stage(ctx, "criteria")})
    order by 1`;
  return [
    {
      query: missing,
      issues: (found) =>
        toIssues(ctx, "criteria", "criterion", found, () => ({ code: "impact_missing" })),
    },
    {
      query: heavier,
      issues: (found) =>
        toIssues(ctx, "criteria", "weight", found, (f) => ({
          code: "impact_not_heaviest",
          criterion: f.value ?? "",
        })),
    },
  ];
}

/**
 * Scores against the rubric of their row's edition. A criterion column that
 * belongs to no rubric in play is not a score at all: it is reported as an
 * ignored column and its values are dropped (`dropStray`, after the checks,
 * which leave those values out).
 */
function assessmentScores(ctx: CheckContext): {
  checks: Check[];
  dropStray: () => Promise<string[]>;
} {
  const rubric = RUBRICS;
  const scores = sql.table(ctx.tables.scoresTable);
  const inPlayOf = (rubrics: RawBuilder<unknown>) =>
    sql`exists (select 1 from ${rubrics} p where p.criterion = s.criterion)`;
  const inPlay = inPlayOf(rubric);
  let stray: string[] = [];
  const byCriterion = (found: Finding[], problem: (f: Finding) => IssueCode) =>
    found.map((f) => ({
      ...toIssues(
        ctx,
        "assessments",
        (f as Finding & { criterion: string }).criterion,
        [f],
        problem,
      )[0],
    })) as ImportIssue[];
  const checks: Check[] = [
    {
      query: sql`select distinct criterion from ${scores} s where not ${inPlay} order by criterion`,
      issues: (found) => {
        stray = found.map((f) => (f as Finding & { criterion: string }).criterion);
        return [];
      },
    },
    {
      query: sql`select s.${row} as row, trim_scale(s.score)::text as value, s.criterion
      from ${scores} s
      where ${inPlay} and not exists (select 1 from ${rubric} r
        where r.edition_id = s.edition_id and r.criterion = s.criterion)
      order by s.${row}, s.criterion`,
      issues: (found) => byCriterion(found, () => ({ code: "criterion_not_in_rubric" })),
    },
    {
      query: sql`select a.${row} as row, null as value, r.criterion
      from ${stage(ctx, "assessments")} a
      join ${rubric} r on r.edition_id = a.edition_id
      where not exists (select 1 from ${scores} s where s.edition_id = a.edition_id
        and s.applicant_id = a.applicant_id and s.assessor = a.assessor and s.criterion = r.criterion)
      order by a.${row}, r.criterion`,
      issues: (found) => byCriterion(found, () => ({ code: "criterion_score_missing" })),
    },
    {
      query: sql`select s.${row} as row, trim_scale(s.score)::text as value, s.criterion,
        e.score_scale_max as max
      from ${scores} s join ${editionsAfter(ctx)} e on e.edition_id = s.edition_id
      where s.score > e.score_scale_max and ${inPlay} order by s.${row}, s.criterion`,
      issues: (found) =>
        byCriterion(found, (f) => ({
          code: "score_above_scale",
          max: Number((f as Finding & { max: number }).max),
        })),
    },
  ];
  const dropStray = async () => {
    if (stray.length === 0) return [];
    // A statement of its own: without the checks' RUBRICS.
    await sql`delete from ${scores} s where not ${inPlayOf(rubricsAfter(ctx))}`.execute(ctx.db);
    return stray.map((criterion) => `${ctx.sheets.get("assessments")}: ${criterion}`);
  };
  return { checks, dropStray };
}

/**
 * The max-share rule: an award's microcredit, and the microcredit a plan asks
 * for, are at most the edition's share of the start budget beside it. A plan
 * (applicants) gives either amount or neither, so only rows with both count.
 */
function maxShare(
  ctx: CheckContext,
  dataset: "awards" | "applicants",
  amount: "microcredit_eur" | "requested_eur",
): Check {
  return {
    query: sql`select s.${row} as row, trim_scale(s.${sql.ref(amount)})::text as value,
      e.max_share as share, s.start_budget_eur as start
    from ${stage(ctx, dataset)} s join ${editionsAfter(ctx)} e on e.edition_id = s.edition_id
    where ${valid} and s.${sql.ref(amount)} > e.max_share * s.start_budget_eur
    order by s.${row}`,
    issues: (found) =>
      toIssues(ctx, dataset, amount, found, (f) => {
        const { share, start } = f as Finding & { share: number; start: number };
        return {
          code: "microcredit_above_share",
          share: Number(share),
          startBudget: Number(start),
        };
      }),
  };
}

const APPLICANT_DATASETS: DatasetKey[] = [
  "assessments",
  "awards",
  "outcomes",
  "surveys",
  "stories",
];

export interface CheckResult {
  issues: ImportIssue[];
  ignoredColumns: string[];
}

export async function checkAcrossRows(ctx: CheckContext): Promise<CheckResult> {
  const issues: ImportIssue[] = [];
  const has = (dataset: DatasetKey) => ctx.sheets.has(dataset);
  for (const dataset of ctx.sheets.keys()) issues.push(...(await duplicateKeys(ctx, dataset)));
  const checks: Check[] = [];
  if (has("editions")) checks.push(municipalityYear(ctx));
  for (const dataset of ctx.sheets.keys()) {
    if (dataset !== "editions") checks.push(unknownEditions(ctx, dataset));
  }
  for (const dataset of APPLICANT_DATASETS) {
    if (has(dataset)) checks.push(unknownApplicants(ctx, dataset));
  }
  for (const dataset of ["applicants", ...APPLICANT_DATASETS] as const) {
    if (has(dataset)) checks.push(erasedRegistrations(ctx, dataset));
  }
  if (has("criteria")) checks.push(...impactRule(ctx));
  const scores = has("assessments") ? assessmentScores(ctx) : null;
  if (scores) checks.push(...scores.checks);
  if (has("awards")) checks.push(maxShare(ctx, "awards", "microcredit_eur"));
  if (has("applicants")) checks.push(maxShare(ctx, "applicants", "requested_eur"));
  const rubrics = has("criteria") || scores ? rubricsAfter(ctx) : null;
  issues.push(...(await runTogether(ctx.db, checks, rubrics)));
  const ignoredColumns = scores ? await scores.dropStray() : [];
  return { issues, ignoredColumns };
}
