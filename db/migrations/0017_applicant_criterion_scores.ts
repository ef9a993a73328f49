// Frozen migration: beside each assessed applicant's weighted score, its
// scale-free score per criterion of the rubric (100 × mean over assessors of
// score / score_scale_max), filled by the same refresh after every write,
// so that the evaluation's predictive value per criterion reads one row per
// applicant instead of aggregating every assessment score again.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("applicant_scores")
    .addColumn("criteria", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  // Filled for the rows already there, so that an evaluation right after the
  // migration is whole. The default rubric's keys as they are today (frozen).
  await sql`update applicant_scores t set criteria = x.criteria
    from (
      select edition_id, applicant_id, jsonb_object_agg(criterion, x) as criteria
      from (
        select s.edition_id, s.applicant_id, s.criterion,
          (100 * avg(s.score) / e.score_scale_max)::float8 as x
        from assessment_scores s
        join editions e on e.edition_id = s.edition_id
        where exists (select from criteria c
            where c.edition_id = s.edition_id and c.criterion = s.criterion)
          or (not exists (select from criteria c where c.edition_id = s.edition_id)
            and s.criterion in ('impact', 'draagvlak', 'toekomstbestendig', 'schaalbaar', 'nieuw'))
        group by s.edition_id, s.applicant_id, s.criterion, e.score_scale_max
      ) per_criterion
      group by edition_id, applicant_id
    ) x
    where x.edition_id = t.edition_id and x.applicant_id = t.applicant_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("applicant_scores").dropColumn("criteria").execute();
}
