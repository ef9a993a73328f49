// The administrator's door to an edition's assessment:
// /beheer/beoordeling/<edition>. Automatic assignment (import/scoring),
// changes by hand, reopening a submission, and the progress. Every change
// is in the audit log, with account ids rather than names.
import type { AppLoadContext } from "@remix-run/node";
import { requireUser, type SessionUser } from "~/auth.server";
import { languageOf } from "~/i18n/language.server";
import { dayInNetherlands } from "../core/format";
import { type Translate, translator } from "../core/i18n/messages";
import { UserError } from "../core/i18n/user-error";
import {
  activeAssessors,
  addAssignment,
  assessmentEdition,
  assessmentProgress,
  editionAssignments,
  editionConflicts,
  removeOpenAssignment,
  reopenAssignment,
  submittedPlans,
} from "../db/queries/assignments.server";
import { type AuditAction, audit } from "../db/queries/security.server";
import { assignEdition, DEFAULT_PER_PLAN } from "../import/scoring/assign.server";
import {
  awardMessage,
  awardSelection,
  undoAward,
  undoAwardMessage,
} from "../import/scoring/award-selection.server";
import { editionRanking } from "../reports/selection/edition-ranking.server";

const ADMIN = ["admin"] as const;

async function editionOr404(context: AppLoadContext, editionId: string, request: Request) {
  const edition = await assessmentEdition(context.db, editionId);
  if (!edition) {
    throw new Response(translator(await languageOf(request))("scoring.admin.notFound"), {
      status: 404,
    });
  }
  return edition;
}

export async function assessmentAdminData(
  request: Request,
  context: AppLoadContext,
  editionId: string,
) {
  await requireUser(request, context.db, ADMIN);
  const edition = await editionOr404(context, editionId, request);
  const [assessors, plans, assignments, conflicts, progress, ranked] = await Promise.all([
    activeAssessors(context.db),
    submittedPlans(context.db, editionId),
    editionAssignments(context.db, editionId),
    editionConflicts(context.db, editionId),
    assessmentProgress(context.db, editionId),
    editionRanking(context.db, editionId),
  ]);
  return {
    edition,
    assessors,
    plans,
    assignments,
    conflicts,
    progress,
    ranking: ranked?.ranking ?? [],
    perPlan: DEFAULT_PER_PLAN,
  };
}

export interface AdminAnswer {
  ok: boolean;
  message: string;
  /** After awarding the selection: the history entry the page offers to undo. */
  undoImportId?: number;
}

type OneChange = (
  db: AppLoadContext["db"],
  edition: string,
  plan: string,
  user: number,
) => Promise<boolean>;

/** The changes by hand, each with its audit action and its answer when it did or did not happen. */
const CHANGES: Record<
  string,
  {
    change: OneChange;
    action: AuditAction;
    done: "scoring.admin.added" | "scoring.admin.removed" | "scoring.admin.reopened";
    refused: "scoring.admin.conflictRefused" | "scoring.admin.notChanged";
  }
> = {
  add: {
    change: addAssignment,
    action: "assessment_assignment_added",
    done: "scoring.admin.added",
    refused: "scoring.admin.conflictRefused",
  },
  remove: {
    change: removeOpenAssignment,
    action: "assessment_assignment_removed",
    done: "scoring.admin.removed",
    refused: "scoring.admin.notChanged",
  },
  reopen: {
    change: reopenAssignment,
    action: "assessment_reopened",
    done: "scoring.admin.reopened",
    refused: "scoring.admin.notChanged",
  },
};

async function changeByHand(
  context: AppLoadContext,
  admin: SessionUser,
  editionId: string,
  form: FormData,
  intent: string,
  t: Translate,
): Promise<AdminAnswer> {
  // An own property only: an intent such as "constructor" is no change.
  const spec = Object.hasOwn(CHANGES, intent) ? CHANGES[intent] : undefined;
  const applicantId = String(form.get("applicant_id") ?? "");
  const userId = Number(form.get("user_id"));
  if (!spec || applicantId === "" || !Number.isInteger(userId)) {
    return { ok: false, message: t("scoring.admin.choose") };
  }
  if (!(await spec.change(context.db, editionId, applicantId, userId))) {
    return { ok: false, message: t(spec.refused) };
  }
  await audit(context.db, {
    userId: admin.user_id,
    actor: admin.email,
    action: spec.action,
    details: { edition_id: editionId, applicant_id: applicantId, user_id: userId },
  });
  return { ok: true, message: t(spec.done) };
}

export async function assessmentAdminAction(
  request: Request,
  context: AppLoadContext,
  editionId: string,
): Promise<AdminAnswer> {
  const admin = await requireUser(request, context.db, ADMIN);
  await editionOr404(context, editionId, request);
  const language = await languageOf(request);
  const t = translator(language);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const actor = { userId: admin.user_id, name: admin.email };
  if (intent === "award") {
    const ranked = await editionRanking(context.db, editionId);
    const outcome = await awardSelection(context.db, {
      editionId,
      ranking: ranked?.ranking ?? [],
      awardedOn: dayInNetherlands(new Date()),
      actor,
      language,
    });
    const message = awardMessage(outcome, language);
    return outcome.ok
      ? { ok: true, message, undoImportId: outcome.importId }
      : { ok: false, message };
  }
  if (intent === "undo_award") {
    const importId = Number(form.get("import_id"));
    const result = Number.isInteger(importId)
      ? await undoAward(context.db, editionId, importId, actor)
      : ({ ok: false, reason: "not_found" } as const);
    return { ok: result.ok, message: undoAwardMessage(result, importId, language) };
  }
  if (intent !== "assign") return changeByHand(context, admin, editionId, form, intent, t);
  try {
    const result = await assignEdition(context.db, {
      editionId,
      assessorEmails: form.getAll("assessor").map(String),
      perPlan: Number(form.get("per_plan") ?? DEFAULT_PER_PLAN),
      actor,
    });
    return { ok: true, message: t("scoring.admin.assigned", { ...result }) };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.in(language) };
    throw error;
  }
}
