// The evaluation's sample (shared/spec/evaluation.md): the selected editions
// with their rubrics, and per assessed applicant its score(a) (from
// applicant_scores, as the catalogue computes it), whether it has an award,
// its 12-month `active` and its scale-free score per criterion. One named
// query; the fits are done in reports/evaluation.
import { sql } from "kysely";
import type {
  EvaluationApplicant,
  EvaluationEdition,
  EvaluationSample,
} from "../../core/evaluation-sample";
import { type EditionFilter, O12_MONTHS } from "../../core/metric-parts";
import { DEFAULT_RUBRIC } from "../../core/rubric";
import type { Db } from "../connection.server";
import { filterConditions } from "./metric-inputs.server";

/** The default rubric's keys, heaviest first, then by name (as an edition's own). */
const DEFAULT_KEYS = [...DEFAULT_RUBRIC]
  .sort((a, b) => b.weight - a.weight || (a.criterion < b.criterion ? -1 : 1))
  .map((c) => c.criterion);

/** The editions the filter selects, by municipality and year, with their rubric's keys. */
async function selectedEditions(db: Db, filter: EditionFilter): Promise<EvaluationEdition[]> {
  return db
    .selectFrom("editions as o")
    .where((eb) => eb.and(filterConditions(filter)))
    .select([
      "o.edition_id",
      "o.municipality",
      "o.year",
      sql<string[]>`coalesce(
        (select array_agg(c.criterion order by c.weight desc, c.criterion)
         from criteria c where c.edition_id = o.edition_id),
        ${DEFAULT_KEYS}::text[])`.as("criteria"),
      sql<Record<string, string>>`coalesce(
        (select jsonb_object_agg(c.criterion, c.label) from criteria c
         where c.edition_id = o.edition_id and c.label is not null),
        '{}'::jsonb)`.as("labels"),
    ])
    .orderBy("o.municipality")
    .orderBy("o.year")
    .execute();
}

/**
 * Every assessed applicant (a row in applicant_scores: at least one
 * assessment) of the given editions, with its scale-free score per criterion
 * of the rubric (stored beside its score by the refresh after every write)
 * where the predictive value uses it: an awarded applicant with a 12-month
 * row. The others' criteria are left empty: at national scale they are most
 * of the rows and nothing reads them.
 */
async function assessedApplicants(
  db: Db,
  editionIds: readonly string[],
): Promise<EvaluationApplicant[]> {
  const ids = sql`${[...editionIds]}::text[]`;
  const { rows } = await sql<EvaluationApplicant>`
    select sc.edition_id, sc.applicant_id, sc.score::float8 as score,
      w.applicant_id is not null as awarded,
      o.active as active_12m,
      case when w.applicant_id is not null and o.active is not null
        then sc.criteria else '{}'::jsonb end as criteria
    from applicant_scores sc
    left join awards w
      on w.edition_id = sc.edition_id and w.applicant_id = sc.applicant_id
    left join outcomes o
      on o.edition_id = sc.edition_id and o.applicant_id = sc.applicant_id
      and o.months = ${O12_MONTHS}
    where sc.edition_id = any(${ids})
    order by sc.edition_id, sc.applicant_id
  `.execute(db);
  return rows;
}

/**
 * The sample of the editions `filter` selects. Run it for a user inside
 * withScope, with the user's scope in the filter (scopedFilter), as every
 * metric query.
 */
export async function loadEvaluationSample(
  db: Db,
  filter: EditionFilter,
): Promise<EvaluationSample> {
  const editions = await selectedEditions(db, filter);
  if (editions.length === 0) return { editions, applicants: [] };
  const applicants = await assessedApplicants(
    db,
    editions.map((edition) => edition.edition_id),
  );
  return { editions, applicants };
}

/**
 * The names among `names` that match the municipality of no edition the
 * filter's scope lets see (without regard to case): for a user, a
 * municipality outside the scope does not exist.
 */
export async function findUnknownMunicipalities(
  db: Db,
  names: readonly string[],
  visible?: readonly string[],
): Promise<string[]> {
  if (names.length === 0) return [];
  const scope = filterConditions(visible ? { visibleMunicipalities: visible } : {});
  const { rows } = await sql<{ name: string }>`
    select m as name from unnest(${[...new Set(names)]}::text[]) with ordinality as n(m, i)
    where not exists (
      select from editions o
      where lower(o.municipality) = lower(m) and ${scope.length > 0 ? sql.join(scope, sql` and `) : sql`true`}
    )
    order by i`.execute(db);
  return rows.map((row) => row.name);
}
