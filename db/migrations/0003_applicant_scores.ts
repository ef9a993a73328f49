// Frozen migration: derived tables that let metrics over thousands of
// editions read a row per applicant or per edition instead of aggregating
// millions of rows on every request. db/queries/applicant-scores.server.ts
// and refreshMetricParts in db/queries/metric-inputs.server.ts rebuild an
// edition's rows after every write that can change them (import, undo, seed).
import { type Kysely, sql } from "kysely";

// The default rubric as it stood when this migration was written (db/rubric.ts),
// for filling applicant_scores from the data already stored.
const DEFAULT_RUBRIC = sql`(values ('impact', 0.3), ('draagvlak', 0.175),
  ('toekomstbestendig', 0.175), ('schaalbaar', 0.175), ('nieuw', 0.175)) as d(criterion, weight)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("applicant_scores")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    // 0..100 where the scores stay within the edition's scale (the import sees
    // to that). Null while none of the applicant's scores is on a criterion of
    // the edition's rubric (the rubric changed after the assessment).
    .addColumn("score", "numeric", (c) => c.check(sql`score >= 0`))
    .addColumn("assessors", "integer", (c) => c.notNull().check(sql`assessors >= 1`))
    // max - min of the assessors' own weighted scores; null with fewer than two.
    .addColumn("spread", "numeric", (c) => c.check(sql`spread >= 0`))
    .addPrimaryKeyConstraint("applicant_scores_pkey", ["edition_id", "applicant_id"])
    .addForeignKeyConstraint(
      "applicant_scores_applicant_fkey",
      ["edition_id", "applicant_id"],
      "applicants",
      ["edition_id", "applicant_id"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();

  // The metric parts of an edition as JSON. An edition without a row is
  // computed from its rows when asked, so existing data needs no filling.
  await db.schema
    .createTable("edition_metric_parts")
    .addColumn("edition_id", "text", (c) =>
      c.primaryKey().references("editions.edition_id").onDelete("cascade").onUpdate("cascade"),
    )
    .addColumn("parts", "jsonb", (c) => c.notNull())
    .execute();

  // Scores of what is already stored, by the definition of metrics.md.
  await sql`
    insert into applicant_scores (edition_id, applicant_id, score, assessors, spread)
    with rubric as (
      select c.edition_id, c.criterion, c.weight, e.score_scale_max
      from criteria c join editions e on e.edition_id = c.edition_id
      union all
      select e.edition_id, d.criterion, d.weight, e.score_scale_max
      from editions e cross join ${DEFAULT_RUBRIC}
      where not exists (select from criteria c where c.edition_id = e.edition_id)
    ),
    criterion_sums as (
      select edition_id, applicant_id, criterion, sum(score) as score_sum, count(*) as n
      from assessment_scores group by edition_id, applicant_id, criterion
    ),
    weighted as (
      select cs.edition_id, cs.applicant_id,
        100 * sum(r.weight * cs.score_sum / cs.n) / (r.score_scale_max * sum(r.weight)) as score
      from criterion_sums cs
      join rubric r on r.edition_id = cs.edition_id and r.criterion = cs.criterion
      group by cs.edition_id, cs.applicant_id, r.score_scale_max
    ),
    assessor_scores as (
      select s.edition_id, s.applicant_id,
        100 * sum(r.weight * s.score) / (r.score_scale_max * sum(r.weight)) as score
      from assessment_scores s
      join rubric r on r.edition_id = s.edition_id and r.criterion = s.criterion
      group by s.edition_id, s.applicant_id, s.assessor, r.score_scale_max
    ),
    spreads as (
      select edition_id, applicant_id, max(score) - min(score) as spread
      from assessor_scores group by edition_id, applicant_id having count(*) >= 2
    )
    select a.edition_id, a.applicant_id, w.score, count(*) as assessors, sp.spread
    from assessments a
    left join weighted w on w.edition_id = a.edition_id and w.applicant_id = a.applicant_id
    left join spreads sp on sp.edition_id = a.edition_id and sp.applicant_id = a.applicant_id
    group by a.edition_id, a.applicant_id, w.score, sp.spread
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("edition_metric_parts").execute();
  await db.schema.dropTable("applicant_scores").execute();
}
