// The administrator's side of the assessment workspace: an edition's plans,
// its assessor accounts, who is assigned to which plan, declared conflicts,
// and the progress. The assessor's own side is assessor-plans.server.ts.
import { sql } from "kysely";
import type { Db } from "../connection.server";

export interface AssessmentEdition {
  edition_id: string;
  name: string;
  budget_eur: number;
  max_share: number;
  score_scale_max: number;
}

export async function assessmentEdition(
  db: Db,
  editionId: string,
): Promise<AssessmentEdition | null> {
  const edition = await db
    .selectFrom("editions")
    .select(["edition_id", "name", "budget_eur", "max_share", "score_scale_max"])
    .where("edition_id", "=", editionId)
    .executeTakeFirst();
  return edition ?? null;
}

/** The plans to assess: the edition's applicants that handed in a plan. */
export async function submittedPlans(db: Db, editionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("applicants")
    .select("applicant_id")
    .where("edition_id", "=", editionId)
    .where("plan_submitted", "=", true)
    .orderBy("applicant_id")
    .execute();
  return rows.map((r) => r.applicant_id);
}

export interface AssessorAccount {
  user_id: number;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
}

/** The accounts with these e-mail addresses (any role), to check them before assigning. */
export async function accountsByEmail(
  db: Db,
  emails: readonly string[],
): Promise<AssessorAccount[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .selectFrom("users")
    .select(["user_id", "email", "name", "role", "disabled_at"])
    .where("email", "in", [...emails])
    .execute();
  return rows.map(({ disabled_at, ...a }) => ({ ...a, disabled: disabled_at !== null }));
}

/** Every active assessor account, by name. */
export async function activeAssessors(db: Db): Promise<AssessorAccount[]> {
  const rows = await db
    .selectFrom("users")
    .select(["user_id", "email", "name", "role"])
    .where("role", "=", "assessor")
    .where("disabled_at", "is", null)
    .orderBy("name")
    .orderBy("email")
    .execute();
  return rows.map((a) => ({ ...a, disabled: false }));
}

export interface AssignmentRow {
  applicant_id: string;
  user_id: number;
  email: string;
  name: string;
  submitted: boolean;
  /** A draft is saved: work has begun. */
  drafted: boolean;
}

export async function editionAssignments(db: Db, editionId: string): Promise<AssignmentRow[]> {
  const rows = await db
    .selectFrom("assessment_assignments as a")
    .innerJoin("users as u", "u.user_id", "a.user_id")
    .leftJoin("assessment_drafts as d", (join) =>
      join
        .onRef("d.edition_id", "=", "a.edition_id")
        .onRef("d.applicant_id", "=", "a.applicant_id")
        .onRef("d.user_id", "=", "a.user_id"),
    )
    .select([
      "a.applicant_id",
      "a.user_id",
      "u.email",
      "u.name",
      "a.submitted_at",
      sql<boolean>`d.user_id is not null`.as("drafted"),
    ])
    .where("a.edition_id", "=", editionId)
    .orderBy("a.applicant_id")
    .orderBy("u.name")
    .execute();
  return rows.map(({ submitted_at, ...r }) => ({ ...r, submitted: submitted_at !== null }));
}

export interface ConflictRow {
  applicant_id: string;
  user_id: number;
  email: string;
  name: string;
}

export async function editionConflicts(db: Db, editionId: string): Promise<ConflictRow[]> {
  return db
    .selectFrom("assessment_conflicts as c")
    .innerJoin("users as u", "u.user_id", "c.user_id")
    .select(["c.applicant_id", "c.user_id", "u.email", "u.name"])
    .where("c.edition_id", "=", editionId)
    .orderBy("c.applicant_id")
    .orderBy("u.name")
    .execute();
}

/**
 * Makes `pairs` the edition's assignments, keeping every assignment with
 * work begun (a draft or a submission); the others are replaced. Returns how
 * many were removed and added.
 */
export async function replaceOpenAssignments(
  trx: Db,
  editionId: string,
  pairs: readonly { applicant_id: string; user_id: number }[],
): Promise<{ removed: number; added: number }> {
  const removed = await trx
    .deleteFrom("assessment_assignments as a")
    .where("a.edition_id", "=", editionId)
    .where("a.submitted_at", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("assessment_drafts as d")
            .select("d.user_id")
            .whereRef("d.edition_id", "=", "a.edition_id")
            .whereRef("d.applicant_id", "=", "a.applicant_id")
            .whereRef("d.user_id", "=", "a.user_id"),
        ),
      ),
    )
    .executeTakeFirst();
  if (pairs.length > 0) {
    await trx
      .insertInto("assessment_assignments")
      .values(pairs.map((p) => ({ edition_id: editionId, ...p })))
      .onConflict((c) => c.doNothing())
      .execute();
  }
  return { removed: Number(removed.numDeletedRows), added: pairs.length };
}

/** One assignment added by hand; false when the assessor declared a conflict with the plan. */
export async function addAssignment(
  db: Db,
  editionId: string,
  applicantId: string,
  userId: number,
): Promise<boolean> {
  const conflict = await db
    .selectFrom("assessment_conflicts")
    .select("user_id")
    .where("edition_id", "=", editionId)
    .where("applicant_id", "=", applicantId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (conflict) return false;
  await db
    .insertInto("assessment_assignments")
    .values({ edition_id: editionId, applicant_id: applicantId, user_id: userId })
    .onConflict((c) => c.doNothing())
    .execute();
  return true;
}

/** Removes an assignment whose scores were not submitted; false when there is none such. */
export async function removeOpenAssignment(
  db: Db,
  editionId: string,
  applicantId: string,
  userId: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom("assessment_assignments")
    .where("edition_id", "=", editionId)
    .where("applicant_id", "=", applicantId)
    .where("user_id", "=", userId)
    .where("submitted_at", "is", null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Opens a submitted assignment again: the assessor may change the scores
 * (a new submission updates the same assessments row) or declare a
 * conflict. The submitted row stays in `assessments` until then.
 */
export async function reopenAssignment(
  db: Db,
  editionId: string,
  applicantId: string,
  userId: number,
): Promise<boolean> {
  const result = await db
    .updateTable("assessment_assignments")
    .set({ submitted_at: null })
    .where("edition_id", "=", editionId)
    .where("applicant_id", "=", applicantId)
    .where("user_id", "=", userId)
    .where("submitted_at", "is not", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface PlanProgress {
  applicant_id: string;
  initiative: string;
  assigned: number;
  submitted: number;
}

export interface AssessorProgress {
  user_id: number;
  name: string;
  email: string;
  done: number;
  to_do: number;
}

/** Per plan how many of its assessors submitted; per assessor how many plans are done and to do. */
export async function assessmentProgress(
  db: Db,
  editionId: string,
): Promise<{ plans: PlanProgress[]; assessors: AssessorProgress[] }> {
  const plans = await db
    .selectFrom("applicants as p")
    .leftJoin("assessment_assignments as a", (join) =>
      join
        .onRef("a.edition_id", "=", "p.edition_id")
        .onRef("a.applicant_id", "=", "p.applicant_id"),
    )
    .select([
      "p.applicant_id",
      "p.initiative",
      sql<number>`count(a.user_id)::int`.as("assigned"),
      sql<number>`count(a.submitted_at)::int`.as("submitted"),
    ])
    .where("p.edition_id", "=", editionId)
    .where((eb) => eb.or([eb("p.plan_submitted", "=", true), eb("a.user_id", "is not", null)]))
    .groupBy(["p.applicant_id", "p.initiative"])
    .orderBy("p.applicant_id")
    .execute();
  const assessors = await db
    .selectFrom("assessment_assignments as a")
    .innerJoin("users as u", "u.user_id", "a.user_id")
    .select([
      "u.user_id",
      "u.name",
      "u.email",
      sql<number>`count(a.submitted_at)::int`.as("done"),
      sql<number>`(count(*) - count(a.submitted_at))::int`.as("to_do"),
    ])
    .where("a.edition_id", "=", editionId)
    .groupBy(["u.user_id", "u.name", "u.email"])
    .orderBy("u.name")
    .orderBy("u.email")
    .execute();
  return { plans, assessors };
}
