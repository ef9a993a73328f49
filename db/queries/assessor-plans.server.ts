// What an assessor reads and writes, always through their own assignments:
// every function takes the assessor's user id and joins on
// assessment_assignments, so a plan not assigned to them does not exist for
// them. They see the initiative, its organisation and the plan (idea, start
// budget, requested amount); never the entrepreneur's name, e-mail or phone,
// and never another assessor's scores (decision 027).
import { sql } from "kysely";
import { type RubricLine, rubricLines } from "../../core/rubric";
import type { Db } from "../connection.server";

export type PlanState = "to_do" | "draft" | "submitted";

export interface AssessorPlanItem {
  edition_id: string;
  edition_name: string;
  applicant_id: string;
  initiative: string;
  organisation: string | null;
  state: PlanState;
}

function stateOf(submitted: boolean, drafted: boolean): PlanState {
  return submitted ? "submitted" : drafted ? "draft" : "to_do";
}

const draftOfAssignment = sql<boolean>`exists (select from assessment_drafts d
  where d.edition_id = a.edition_id and d.applicant_id = a.applicant_id and d.user_id = a.user_id)`;

/** The assessor's plans, by edition and applicant. */
export async function assessorPlans(db: Db, userId: number): Promise<AssessorPlanItem[]> {
  const rows = await db
    .selectFrom("assessment_assignments as a")
    .innerJoin("applicants as p", (join) =>
      join
        .onRef("p.edition_id", "=", "a.edition_id")
        .onRef("p.applicant_id", "=", "a.applicant_id"),
    )
    .innerJoin("editions as e", "e.edition_id", "a.edition_id")
    .select([
      "a.edition_id",
      "e.name as edition_name",
      "a.applicant_id",
      "p.initiative",
      "p.organisation",
      "a.submitted_at",
      draftOfAssignment.as("drafted"),
    ])
    .where("a.user_id", "=", userId)
    .orderBy("e.year", "desc")
    .orderBy("a.edition_id")
    .orderBy("a.applicant_id")
    .execute();
  return rows.map(({ submitted_at, drafted, ...r }) => ({
    ...r,
    state: stateOf(submitted_at !== null, drafted),
  }));
}

export interface AssessorPlan {
  edition_id: string;
  edition_name: string;
  score_scale_max: number;
  applicant_id: string;
  initiative: string;
  organisation: string | null;
  idea: string | null;
  start_budget_eur: number | null;
  requested_eur: number | null;
  state: PlanState;
  /** The draft, or after submission the assessor's own submitted scores; else empty. */
  scores: Record<string, number>;
  comment: string | null;
  /** The edition's rubric, read with the plan (one round trip for a form's every answer). */
  rubric: RubricLine[];
}

/** One assigned plan with the assessor's own draft or submitted scores; null when not assigned to them. */
export async function assessorPlan(
  db: Db,
  userId: number,
  editionId: string,
  applicantId: string,
): Promise<AssessorPlan | null> {
  const plan = await db
    .selectFrom("assessment_assignments as a")
    .innerJoin("applicants as p", (join) =>
      join
        .onRef("p.edition_id", "=", "a.edition_id")
        .onRef("p.applicant_id", "=", "a.applicant_id"),
    )
    .innerJoin("editions as e", "e.edition_id", "a.edition_id")
    .innerJoin("users as u", "u.user_id", "a.user_id")
    .leftJoin("assessment_drafts as d", (join) =>
      join
        .onRef("d.edition_id", "=", "a.edition_id")
        .onRef("d.applicant_id", "=", "a.applicant_id")
        .onRef("d.user_id", "=", "a.user_id"),
    )
    .select([
      "a.edition_id",
      "e.name as edition_name",
      "e.score_scale_max",
      "a.applicant_id",
      "p.initiative",
      "p.organisation",
      "p.idea",
      "p.start_budget_eur",
      "p.requested_eur",
      "a.submitted_at",
      "u.name as assessor",
      "d.scores as draft_scores",
      "d.comment as draft_comment",
      sql<boolean>`d.user_id is not null`.as("drafted"),
      sql<RubricLine[]>`coalesce((select json_agg(json_build_object(
        'criterion', c.criterion, 'label', c.label, 'weight', c.weight))
        from criteria c where c.edition_id = a.edition_id), '[]')`.as("criteria"),
    ])
    .where("a.user_id", "=", userId)
    .where("a.edition_id", "=", editionId)
    .where("a.applicant_id", "=", applicantId)
    .executeTakeFirst();
  if (!plan) return null;
  const { submitted_at, drafted, assessor, draft_scores, draft_comment, criteria, ...row } = plan;
  const shown = { ...row, rubric: rubricLines(criteria) };
  const state = stateOf(submitted_at !== null, drafted);
  if (state === "draft") {
    return { ...shown, state, scores: draft_scores ?? {}, comment: draft_comment };
  }
  // Submitted (or reopened without a draft): the assessor's own row of the contract, by their name.
  const own = await ownSubmission(db, editionId, applicantId, assessor);
  return { ...shown, state, ...own };
}

async function ownSubmission(
  db: Db,
  editionId: string,
  applicantId: string,
  assessor: string,
): Promise<{ scores: Record<string, number>; comment: string | null }> {
  const [assessment, scores] = await Promise.all([
    db
      .selectFrom("assessments")
      .select("comment")
      .where("edition_id", "=", editionId)
      .where("applicant_id", "=", applicantId)
      .where("assessor", "=", assessor)
      .executeTakeFirst(),
    db
      .selectFrom("assessment_scores")
      .select(["criterion", "score"])
      .where("edition_id", "=", editionId)
      .where("applicant_id", "=", applicantId)
      .where("assessor", "=", assessor)
      .execute(),
  ]);
  return {
    scores: Object.fromEntries(scores.map((s) => [s.criterion, s.score])),
    comment: assessment?.comment ?? null,
  };
}

/** Keeps the assessor's draft; false when the plan is not theirs or is already submitted. */
export async function saveDraft(
  db: Db,
  userId: number,
  editionId: string,
  applicantId: string,
  draft: { scores: Record<string, number>; comment: string | null },
): Promise<boolean> {
  const open = await openAssignment(db, userId, editionId, applicantId);
  if (!open) return false;
  await db
    .insertInto("assessment_drafts")
    .values({
      edition_id: editionId,
      applicant_id: applicantId,
      user_id: userId,
      scores: JSON.stringify(draft.scores) as unknown as Record<string, number>,
      comment: draft.comment,
    })
    .onConflict((c) =>
      c.columns(["edition_id", "applicant_id", "user_id"]).doUpdateSet((eb) => ({
        scores: eb.ref("excluded.scores"),
        comment: eb.ref("excluded.comment"),
        saved_at: sql`now()`,
      })),
    )
    .execute();
  return true;
}

async function openAssignment(db: Db, userId: number, editionId: string, applicantId: string) {
  return db
    .selectFrom("assessment_assignments")
    .select("user_id")
    .where("user_id", "=", userId)
    .where("edition_id", "=", editionId)
    .where("applicant_id", "=", applicantId)
    .where("submitted_at", "is", null)
    .executeTakeFirst();
}

/**
 * The assignment is submitted and its draft gone: inside the transaction
 * that writes the scores to `assessments`, so neither happens without the other.
 */
export async function markSubmitted(
  trx: Db,
  userId: number,
  editionId: string,
  applicantId: string,
): Promise<void> {
  // One statement: the write's round trips are most of its cost.
  await trx
    .with("submitted", (db) =>
      db
        .updateTable("assessment_assignments")
        .set({ submitted_at: sql`now()` })
        .where("user_id", "=", userId)
        .where("edition_id", "=", editionId)
        .where("applicant_id", "=", applicantId)
        .where("submitted_at", "is", null),
    )
    .deleteFrom("assessment_drafts")
    .where("user_id", "=", userId)
    .where("edition_id", "=", editionId)
    .where("applicant_id", "=", applicantId)
    .execute();
}

/**
 * "I am involved with this initiative": the conflict is recorded and the
 * assignment (with its draft) removed. Refused (false) once the scores are
 * submitted, or when the plan is not assigned to them. Call it inside the
 * transaction that also withdraws a reopened submission
 * (import/scoring/conflict.server.ts).
 */
export async function recordConflict(
  trx: Db,
  userId: number,
  editionId: string,
  applicantId: string,
): Promise<boolean> {
  const removed = await trx
    .deleteFrom("assessment_assignments")
    .where("user_id", "=", userId)
    .where("edition_id", "=", editionId)
    .where("applicant_id", "=", applicantId)
    .where("submitted_at", "is", null)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) return false;
  await trx
    .insertInto("assessment_conflicts")
    .values({ edition_id: editionId, applicant_id: applicantId, user_id: userId })
    .onConflict((c) => c.doNothing())
    .execute();
  return true;
}
