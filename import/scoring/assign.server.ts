// The automatic assignment of an edition, for the command line and the
// administrator's page: the accounts are checked (each an active assessor),
// the pure assignPlans decides, and the edition's open assignments are
// replaced in one transaction; work begun (a draft or a submission) stays.
// Refusals are UserErrors, in the reader's language where they are shown.
import { UserError } from "../../core/i18n/user-error";
import type { Db } from "../../db/connection.server";
import {
  accountsByEmail,
  assessmentEdition,
  editionAssignments,
  editionConflicts,
  replaceOpenAssignments,
  submittedPlans,
} from "../../db/queries/assignments.server";
import { audit } from "../../db/queries/security.server";
import { normaliseEmail } from "../../db/queries/users.server";
import { assignPlans } from "./assign";

export const DEFAULT_PER_PLAN = 3;

export interface AssignRequest {
  editionId: string;
  assessorEmails: readonly string[];
  perPlan: number;
  /** Who asks, for the audit log. */
  actor: { userId: number | null; name: string };
}

export interface AssignResult {
  plans: number;
  assessors: number;
  added: number;
  removed: number;
}

async function checkedAssessors(db: Db, emails: readonly string[]) {
  const wanted = [...new Set(emails.map(normaliseEmail).filter((e) => e !== ""))];
  const found = await accountsByEmail(db, wanted);
  for (const email of wanted) {
    const account = found.find((a) => a.email === email);
    if (!account) throw new UserError("scoring.assign.unknownAssessor", { email });
    if (account.role !== "assessor" || account.disabled) {
      throw new UserError("scoring.assign.notAssessor", { email });
    }
  }
  // Assessments are keyed on the assessor's name: two accounts of one name would write one row.
  const names = new Map<string, string>();
  for (const a of found) {
    const other = names.get(a.name);
    if (other)
      throw new UserError("scoring.assign.sameName", { name: a.name, email: a.email, other });
    names.set(a.name, a.email);
  }
  return found;
}

export async function assignEdition(db: Db, request: AssignRequest): Promise<AssignResult> {
  const { editionId, perPlan } = request;
  if (!Number.isInteger(perPlan) || perPlan < 1) {
    throw new UserError("scoring.assign.perPlan", { value: String(perPlan) });
  }
  if (!(await assessmentEdition(db, editionId))) {
    throw new UserError("scoring.assign.unknownEdition", { edition: editionId });
  }
  const accounts = await checkedAssessors(db, request.assessorEmails);
  const result = await db.transaction().execute(async (trx) => {
    const [plans, existing, conflicts] = await Promise.all([
      submittedPlans(trx, editionId),
      editionAssignments(trx, editionId),
      editionConflicts(trx, editionId),
    ]);
    const outcome = assignPlans({
      plans,
      assessors: accounts.map((a) => a.email),
      perPlan,
      conflicts: conflicts.map((c) => ({ plan: c.applicant_id, assessor: c.email })),
      kept: existing
        .filter((a) => a.submitted || a.drafted)
        .map((a) => ({ plan: a.applicant_id, assessor: a.email })),
    });
    if (!outcome.ok) {
      const { problem } = outcome;
      if (problem.code === "too_few_assessors") {
        throw new UserError("scoring.assign.tooFew", {
          n: problem.assessors,
          perPlan: problem.perPlan,
        });
      }
      throw new UserError("scoring.assign.planWithoutEnough", {
        plan: problem.plan,
        n: problem.eligible,
        perPlan: problem.perPlan,
      });
    }
    const userIds = new Map(accounts.map((a) => [a.email, a.user_id]));
    const changed = await replaceOpenAssignments(
      trx,
      editionId,
      outcome.pairs.map((p) => ({
        applicant_id: p.plan,
        user_id: userIds.get(p.assessor) as number,
      })),
    );
    return { plans: plans.length, assessors: accounts.length, ...changed };
  });
  await audit(db, {
    userId: request.actor.userId,
    actor: request.actor.name,
    action: "assessment_assigned",
    // Account ids, not names or addresses: the audit log says what changed, not who assesses.
    details: {
      edition_id: editionId,
      per_plan: perPlan,
      assessor_ids: accounts.map((a) => a.user_id),
      ...result,
    },
  });
  return result;
}
