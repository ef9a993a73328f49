// The inputs of the metric catalogue (shared/spec/metrics.md), per edition,
// from a handful of set-based GROUP BY queries: the database does the
// counting and summing, however many editions there are. What comes back is
// additive (counts and sums, so that editions add up without averaging
// ratios) plus the few pooled rows that a median or an AUC needs. These
// parts are stored per edition after every write (refreshMetricParts), so
// reading the metrics of every edition costs a row per edition.
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { ActivityKind } from "../../core/contract/enums";
import {
  type EditionFilter,
  type EditionMetricInputs,
  emptyParts,
  type MeasuredPart,
  type MetricParts,
  O12_MONTHS,
} from "../../core/metric-parts";
import type { Db } from "../connection.server";
import type { Database } from "../schema";

/** `column = any(ids)`: one array parameter, however many editions. */
function inEditions(column: string, ids: readonly string[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} = any(${[...ids]}::text[])`;
}

/** Municipality names match without regard to case. */
function inMunicipalities(names: readonly string[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`lower(o.municipality) = any(array(select lower(m) from unnest(${[...names]}::text[]) as m))`;
}

/**
 * The filter's conditions on editions under the alias `o`; none selects
 * every edition. The evaluation's sample selects by it too.
 */
export function filterConditions(filter: EditionFilter): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  if (filter.editionIds?.length) conditions.push(inEditions("o.edition_id", filter.editionIds));
  if (filter.municipalities?.length) conditions.push(inMunicipalities(filter.municipalities));
  if (filter.visibleMunicipalities) conditions.push(inMunicipalities(filter.visibleMunicipalities));
  if (filter.fromYear !== undefined) conditions.push(sql<SqlBool>`o.year >= ${filter.fromYear}`);
  if (filter.toYear !== undefined) conditions.push(sql<SqlBool>`o.year <= ${filter.toYear}`);
  if (filter.theme !== undefined) {
    conditions.push(
      sql<SqlBool>`exists (select from unnest(o.themes) as t where lower(t) = lower(${filter.theme}))`,
    );
  }
  return conditions;
}

interface EditionRow {
  edition_id: string;
  municipality: string;
  year: number;
  themes: string[];
  budget: number;
  previous_edition_id: string | null;
  selected: boolean;
}

/** The editions the filter selects, and the predecessor of each. */
async function selectEditions(db: Db, filter: EditionFilter): Promise<EditionRow[]> {
  return db
    .with("o", (qb) =>
      qb
        .selectFrom("editions")
        .select([
          "edition_id",
          "municipality",
          "year",
          "themes",
          "budget_eur as budget",
          sql<string | null>`lag(edition_id) over (partition by municipality order by year)`.as(
            "previous_edition_id",
          ),
        ]),
    )
    .with("chosen", (qb) =>
      qb
        .selectFrom("o")
        .where((eb) => eb.and(filterConditions(filter)))
        .select(["o.edition_id", "o.previous_edition_id"]),
    )
    .selectFrom("o")
    .where((eb) =>
      eb.or([
        eb("o.edition_id", "in", eb.selectFrom("chosen").select("chosen.edition_id")),
        eb("o.edition_id", "in", eb.selectFrom("chosen").select("chosen.previous_edition_id")),
      ]),
    )
    .select((eb) => [
      "o.edition_id",
      "o.municipality",
      "o.year",
      "o.themes",
      "o.budget",
      "o.previous_edition_id",
      eb("o.edition_id", "in", eb.selectFrom("chosen").select("chosen.edition_id"))
        .$castTo<boolean>()
        .as("selected"),
    ])
    .execute();
}

/** Identifiers among `ids` that no edition has. */
export async function findUnknownEditionIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const known = await db
    .selectFrom("editions")
    .where(inEditions("edition_id", ids))
    .select("edition_id")
    .execute();
  const found = new Set(known.map((row) => row.edition_id));
  return [...new Set(ids)].filter((id) => !found.has(id));
}

async function applicantCounts(db: Db, ids: readonly string[]) {
  return db
    .selectFrom("applicants")
    .where(inEditions("edition_id", ids))
    .groupBy("edition_id")
    .select((eb) => [
      "edition_id",
      eb.fn.countAll<number>().as("registrations"),
      eb.fn.countAll<number>().filterWhere("intake", "=", true).as("intakes"),
      eb.fn.countAll<number>().filterWhere("plan_submitted", "=", true).as("plans"),
      eb.fn.countAll<number>().filterWhere("returning", "=", true).as("returning"),
      eb.fn.count<number>("referral").as("referred"),
      eb.fn
        .countAll<number>()
        .filterWhere("referral", "in", ["word_of_mouth", "former_participant"])
        .as("word_of_mouth"),
    ])
    .execute();
}

async function awardSums(db: Db, ids: readonly string[]) {
  return db
    .selectFrom("awards")
    .where(inEditions("edition_id", ids))
    .groupBy("edition_id")
    .select((eb) => [
      "edition_id",
      eb.fn.countAll<number>().as("awarded"),
      eb.fn.sum<number>("microcredit_eur").as("microcredit_total"),
      eb.fn.sum<number>("start_budget_eur").as("start_budget_total"),
      sql<number[]>`array_agg(microcredit_eur::float8 order by microcredit_eur)`.as("microcredits"),
    ])
    .execute();
}

// Joined to `awards as w`: whether the applicant of a row has an award.
const AWARDED = sql<SqlBool>`w.applicant_id is not null`;
const NOT_AWARDED = sql<SqlBool>`w.applicant_id is null`;

/** What SQL sums over outcome rows at 12 months of awarded applicants (O12). */
const OUTCOME_SUMS = {
  follow_on_funding_12m: "follow_on_funding_eur",
  jobs_fte_12m: "jobs_fte",
  jobs_distance_fte_12m: "jobs_distance_fte",
  volunteers_12m: "volunteers",
  beneficiaries_12m: "beneficiaries",
  revenue_12m: "revenue_eur",
  partnerships_12m: "partnerships",
} as const satisfies Partial<Record<MeasuredPart, keyof Database["outcomes"]>>;

type OutcomeSumPart = keyof typeof OUTCOME_SUMS;
type OutcomeRow = { edition_id: string } & Record<
  "followed_12m" | "active_12m" | "followed_12m_unfunded" | "active_12m_unfunded",
  number
> &
  Record<OutcomeSumPart, number | null>;

async function outcomeSums(db: Db, ids: readonly string[]): Promise<OutcomeRow[]> {
  const sums = Object.entries(OUTCOME_SUMS).map(([part, column]) =>
    // sum() skips nulls and is null when no row gives a value: the catalogue's rule.
    sql<number | null>`sum(${sql.ref(`o.${column}`)}) filter (where ${AWARDED})`.as(part),
  );
  return db
    .selectFrom("outcomes as o")
    .leftJoin("awards as w", (join) =>
      join
        .onRef("w.edition_id", "=", "o.edition_id")
        .onRef("w.applicant_id", "=", "o.applicant_id"),
    )
    .where("o.months", "=", O12_MONTHS)
    .where(inEditions("o.edition_id", ids))
    .groupBy("o.edition_id")
    .select([
      "o.edition_id",
      sql<number>`count(*) filter (where ${AWARDED})`.as("followed_12m"),
      sql<number>`count(*) filter (where ${AWARDED} and o.active)`.as("active_12m"),
      sql<number>`count(*) filter (where ${NOT_AWARDED})`.as("followed_12m_unfunded"),
      sql<number>`count(*) filter (where ${NOT_AWARDED} and o.active)`.as("active_12m_unfunded"),
      ...sums,
    ])
    .$castTo<OutcomeRow>()
    .execute();
}

/** Scores of awarded applicants with a 12-month row whose `active` is as given. */
function followedScores(active: RawBuilder<SqlBool>): RawBuilder<number[]> {
  return sql<
    number[]
  >`coalesce(array_agg(sc.score::float8) filter (where ${AWARDED} and sc.score is not null and ${active}), '{}')`;
}

/**
 * Per edition: applicants assessed, the sums and counts of their 0..100
 * scores with and without an award, the spread between assessors, and the
 * scores of the awarded applicants followed at 12 months (for the AUC).
 * Scores and spreads come weighed already from applicant_scores (see
 * db/queries/applicant-scores.server.ts), one row per assessed applicant.
 */
async function assessmentSums(db: Db, ids: readonly string[]) {
  return db
    .selectFrom("applicant_scores as sc")
    .where(inEditions("sc.edition_id", ids))
    .leftJoin("awards as w", (join) =>
      join
        .onRef("w.edition_id", "=", "sc.edition_id")
        .onRef("w.applicant_id", "=", "sc.applicant_id"),
    )
    .leftJoin("outcomes as o", (join) =>
      join
        .onRef("o.edition_id", "=", "sc.edition_id")
        .onRef("o.applicant_id", "=", "sc.applicant_id")
        .on("o.months", "=", O12_MONTHS),
    )
    .groupBy("sc.edition_id")
    .select([
      "sc.edition_id",
      sql<number>`count(*)`.as("assessed"),
      sql<number>`count(sc.score) filter (where ${AWARDED})`.as("scored_awarded"),
      sql<number>`coalesce(sum(sc.score) filter (where ${AWARDED}), 0)`.as("score_sum_awarded"),
      sql<number>`count(sc.score) filter (where ${NOT_AWARDED})`.as("scored_not_awarded"),
      sql<number>`coalesce(sum(sc.score) filter (where ${NOT_AWARDED}), 0)`.as(
        "score_sum_not_awarded",
      ),
      sql<number>`count(sc.spread)`.as("multi_assessed"),
      sql<number>`coalesce(sum(sc.spread), 0)`.as("spread_sum"),
      followedScores(sql`o.active`).as("scores_active_12m"),
      followedScores(sql`not o.active`).as("scores_inactive_12m"),
    ])
    .execute();
}

async function surveyCounts(db: Db, ids: readonly string[]) {
  return db
    .selectFrom("surveys")
    .where(inEditions("edition_id", ids))
    .groupBy("edition_id")
    .select((eb) => [
      "edition_id",
      eb.fn.countAll<number>().as("respondents"),
      eb.fn.count<number>("overall").as("overall_answers"),
      sql<number>`coalesce(sum(overall), 0)`.as("overall_sum"),
      eb.fn.count<number>("recommend").as("recommend_answers"),
      eb.fn.countAll<number>().filterWhere("recommend", ">=", 9).as("promoters"),
      eb.fn.countAll<number>().filterWhere("recommend", "<=", 6).as("detractors"),
    ])
    .execute();
}

interface ActivityRow {
  edition_id: string;
  kind: ActivityKind;
  activities: number;
  hours: number | null;
  participants: number | null;
}

async function activitySums(db: Db, ids: readonly string[]): Promise<ActivityRow[]> {
  return db
    .selectFrom("activities")
    .where(inEditions("edition_id", ids))
    .groupBy(["edition_id", "kind"])
    .select((eb) => [
      "edition_id",
      "kind",
      eb.fn.countAll<number>().as("activities"),
      eb.fn.sum<number | null>("hours").as("hours"),
      eb.fn.sum<number | null>("participants").as("participants"),
    ])
    .execute();
}

/** What computing an edition's parts needs to know of the edition itself. */
interface EditionBudget {
  edition_id: string;
  budget: number;
}

/** The parts of the given editions, computed from their rows: six queries. */
async function computeParts(
  db: Db,
  editions: readonly EditionBudget[],
): Promise<Map<string, MetricParts>> {
  const ids = editions.map((edition) => edition.edition_id);
  const [applicants, awards, outcomes, assessments, surveys, activities] = await Promise.all([
    applicantCounts(db, ids),
    awardSums(db, ids),
    outcomeSums(db, ids),
    assessmentSums(db, ids),
    surveyCounts(db, ids),
    activitySums(db, ids),
  ]);

  const byId = new Map(editions.map((edition) => [edition.edition_id, emptyParts(edition.budget)]));
  const partsOf = (id: string): MetricParts => {
    const parts = byId.get(id);
    // Every query is limited to `ids`, so this would be a bug in this module.
    if (!parts) throw new Error(`metric inputs: edition ${id} was not selected`);
    return parts;
  };
  for (const { edition_id, ...counts } of applicants)
    Object.assign(partsOf(edition_id).counts, counts);
  for (const { edition_id, awarded, microcredits, ...amounts } of awards) {
    const parts = partsOf(edition_id);
    parts.counts.awarded = awarded;
    Object.assign(parts.amounts, amounts);
    parts.pooled.microcredits = microcredits;
  }
  for (const row of outcomes) {
    const { edition_id, followed_12m, active_12m, followed_12m_unfunded, active_12m_unfunded } =
      row;
    const parts = partsOf(edition_id);
    Object.assign(parts.counts, {
      followed_12m,
      active_12m,
      followed_12m_unfunded,
      active_12m_unfunded,
    });
    for (const part of Object.keys(OUTCOME_SUMS) as OutcomeSumPart[])
      parts.measured[part] = row[part];
  }
  for (const row of assessments) {
    const { edition_id, scores_active_12m, scores_inactive_12m, ...rest } = row;
    const { score_sum_awarded, score_sum_not_awarded, spread_sum, ...counts } = rest;
    const parts = partsOf(edition_id);
    Object.assign(parts.counts, counts);
    Object.assign(parts.scoreSums, { score_sum_awarded, score_sum_not_awarded, spread_sum });
    Object.assign(parts.pooled, { scores_active_12m, scores_inactive_12m });
  }
  for (const { edition_id, ...counts } of surveys)
    Object.assign(partsOf(edition_id).counts, counts);
  for (const row of activities) {
    const parts = partsOf(row.edition_id);
    parts.counts[`activities_${row.kind}`] = row.activities;
    parts.measured[`activity_hours_${row.kind}`] = row.hours;
    parts.measured[`activity_participants_${row.kind}`] = row.participants;
  }
  return byId;
}

/** Rows a statement when storing parts: a few kilobytes of JSON each. */
const PARTS_PER_STATEMENT = 500;

/**
 * Recomputes and stores the parts of the given editions (or of all). Call it
 * inside the transaction of every write to their rows, after
 * refreshApplicantScores: the parts include the scores.
 */
export async function refreshMetricParts(
  db: Db,
  editionIds: readonly string[] | "all",
): Promise<void> {
  if (editionIds !== "all" && editionIds.length === 0) return;
  const chosen = (column: string) =>
    editionIds === "all" ? sql<SqlBool>`true` : inEditions(column, editionIds);
  await db.deleteFrom("edition_metric_parts").where(chosen("edition_id")).execute();
  // Editions that no longer exist simply get no row.
  const editions = await db
    .selectFrom("editions")
    .where(chosen("edition_id"))
    .select(["edition_id", "budget_eur as budget"])
    .execute();
  const rows = [...(await computeParts(db, editions))].map(([edition_id, parts]) => ({
    edition_id,
    parts: JSON.stringify(parts),
  }));
  for (let start = 0; start < rows.length; start += PARTS_PER_STATEMENT) {
    await db
      .insertInto("edition_metric_parts")
      .values(rows.slice(start, start + PARTS_PER_STATEMENT))
      .execute();
  }
}

/**
 * The inputs of every edition the filter selects, and of their predecessors
 * (for year-over-year deltas): two queries, whatever the number of editions,
 * as the parts are stored per edition after every write. An edition without
 * stored parts (rows written outside the import, the seeds and
 * insertDataset) is computed from its rows.
 */
export async function loadMetricInputs(
  db: Db,
  filter: EditionFilter,
): Promise<EditionMetricInputs[]> {
  const editions = await selectEditions(db, filter);
  if (editions.length === 0) return [];
  const stored = await db
    .selectFrom("edition_metric_parts")
    .where(
      inEditions(
        "edition_id",
        editions.map((edition) => edition.edition_id),
      ),
    )
    .select(["edition_id", "parts"])
    .execute();
  const byId = new Map(stored.map((row) => [row.edition_id, row.parts]));
  const missing = editions.filter((edition) => !byId.has(edition.edition_id));
  if (missing.length > 0) {
    for (const [id, parts] of await computeParts(db, missing)) byId.set(id, parts);
  }
  return editions.map((edition) => ({
    edition_id: edition.edition_id,
    municipality: edition.municipality,
    year: edition.year,
    themes: edition.themes,
    previous_edition_id: edition.previous_edition_id,
    selected: edition.selected,
    parts: byId.get(edition.edition_id) ?? emptyParts(edition.budget),
  }));
}
