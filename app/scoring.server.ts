// The assessor's doors: /beoordelen (their plans) and
// /beoordelen/<edition>/<applicant> (the scoring form). Only the assessor
// role enters, and every read goes through the assessor's own assignments
// (db/queries/assessor-plans.server.ts): a plan not assigned to them is a
// 404, as if it did not exist. Submitted scores are written by
// import/scoring, through the import's rules.
import { type AppLoadContext, redirect } from "@remix-run/node";
import { requireUser, type SessionUser } from "~/auth.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import { DEFAULT_RUBRIC } from "../core/rubric";
import {
  type AssessorPlan,
  assessorPlan,
  assessorPlans,
  saveDraft,
} from "../db/queries/assessor-plans.server";
import { audit } from "../db/queries/security.server";
import { declareConflict } from "../import/scoring/conflict.server";
import { readScores, type ScoreProblem, scoreField } from "../import/scoring/scores";
import { submitScores } from "../import/scoring/submit.server";
import { criterionName } from "../reports/evaluation/page.server";

const ASSESSOR = ["assessor"] as const;

/** How `/beoordelen?ingediend=` names the plan just submitted: edition and applicant. */
const planKey = (plan: { edition_id: string; applicant_id: string }) =>
  `${plan.edition_id}/${plan.applicant_id}`;

export async function assessorListData(request: Request, context: AppLoadContext) {
  const user = await requireUser(request, context.db, ASSESSOR);
  const search = new URL(request.url).searchParams;
  const plans = await assessorPlans(context.db, user.user_id);
  // The initiative comes from the assessor's own submitted plans, never from
  // the address: a marker that names no such plan shows no notice.
  const marker = search.get("ingediend");
  const submitted = plans.find((p) => planKey(p) === marker && p.state === "submitted");
  return {
    plans,
    conflictDeclared: search.has("gemeld"),
    submittedInitiative: submitted?.initiative ?? null,
  };
}

export interface CriterionField {
  criterion: string;
  field: string;
  label: string;
  weight: number;
  /** What the criterion asks; null for an edition's own criterion without one. */
  explanation: string | null;
}

/** The default rubric's criteria have an explanation in the dictionary; an edition's own ones have none. */
const EXPLAINED = new Set(DEFAULT_RUBRIC.map((c) => c.criterion));

function criterionFields(plan: AssessorPlan, language: Language): CriterionField[] {
  const t = translator(language);
  return plan.rubric.map((c) => ({
    criterion: c.criterion,
    field: scoreField(c.criterion),
    label: c.label ?? criterionName(c.criterion),
    weight: c.weight,
    explanation: EXPLAINED.has(c.criterion)
      ? t(`scoring.criterion.${c.criterion}` as "scoring.criterion.impact")
      : null,
  }));
}

async function planOr404(
  context: AppLoadContext,
  user: SessionUser,
  editionId: string,
  applicantId: string,
  language: Language,
): Promise<AssessorPlan> {
  const plan = await assessorPlan(context.db, user.user_id, editionId, applicantId);
  if (!plan) throw new Response(translator(language)("scoring.notFound"), { status: 404 });
  return plan;
}

export async function assessorPlanData(
  request: Request,
  context: AppLoadContext,
  editionId: string,
  applicantId: string,
) {
  const user = await requireUser(request, context.db, ASSESSOR);
  const language = await languageOf(request);
  const plan = await planOr404(context, user, editionId, applicantId, language);
  // Only while it is a draft: an old address after submitting says nothing.
  const drafted = plan.state === "draft" && new URL(request.url).searchParams.has("bewaard");
  return { plan, criteria: criterionFields(plan, language), drafted };
}

/**
 * The form's answer when it stored nothing; what it stored is a redirect
 * (Post/Redirect/GET), so that a save costs the action alone and a reload
 * does not post again.
 */
export interface ScoringAnswer {
  /** Field name -> its error, shown next to it and in the summary. */
  fieldErrors: Record<string, string>;
  /** A refusal of the whole form (already submitted, the import's own rules). */
  formErrors: string[];
  /** What was typed, to show again. */
  values: Record<string, string>;
}

function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string") values[name] = value;
  return values;
}

function problemText(
  problem: ScoreProblem,
  field: CriterionField,
  scaleMax: number,
  language: Language,
): string {
  return translator(language)(`scoring.problem.${problem}`, { label: field.label, max: scaleMax });
}

export async function assessorPlanAction(
  request: Request,
  context: AppLoadContext,
  editionId: string,
  applicantId: string,
): Promise<ScoringAnswer> {
  const user = await requireUser(request, context.db, ASSESSOR);
  const language = await languageOf(request);
  const t = translator(language);
  const plan = await planOr404(context, user, editionId, applicantId, language);
  const form = await request.formData();
  const intent = form.get("intent");
  const refused = (formErrors: string[]): ScoringAnswer => ({
    fieldErrors: {},
    formErrors,
    values: typedValues(form),
  });
  if (intent === "conflict") {
    if (!(await declareConflict(context.db, { user, editionId, applicantId }))) {
      return refused([t("scoring.conflict.refused")]);
    }
    await audit(context.db, {
      userId: user.user_id,
      actor: user.email,
      action: "assessment_conflict",
      details: { edition_id: editionId, applicant_id: applicantId, user_id: user.user_id },
    });
    throw redirect("/beoordelen?gemeld=1");
  }
  if (plan.state === "submitted") return refused([t("scoring.form.notOpen")]);
  const criteria = criterionFields(plan, language);
  const submit = intent === "submit";
  const read = readScores(
    form,
    criteria.map((c) => c.criterion),
    plan.score_scale_max,
    submit,
  );
  const fieldErrors: Record<string, string> = {};
  for (const c of criteria) {
    const problem = read.problems[c.criterion];
    if (problem) fieldErrors[c.field] = problemText(problem, c, plan.score_scale_max, language);
  }
  if (Object.keys(fieldErrors).length > 0) {
    return { fieldErrors, formErrors: [], values: typedValues(form) };
  }
  if (!submit) {
    if (!(await saveDraft(context.db, user.user_id, editionId, applicantId, read))) {
      return refused([t("scoring.form.notOpen")]);
    }
    throw redirect(
      `/beoordelen/${encodeURIComponent(editionId)}/${encodeURIComponent(applicantId)}?bewaard=1`,
      303,
    );
  }
  const outcome = await submitScores(context.db, {
    user,
    plan,
    editionId,
    applicantId,
    scores: read.scores,
    comment: read.comment,
    language,
  });
  if (!outcome.ok) {
    return outcome.reason === "not_open"
      ? refused([t("scoring.form.notOpen")])
      : refused(outcome.report.errors.map((e) => t("scoring.form.refused", { reason: e.message })));
  }
  throw redirect(
    `/beoordelen?${new URLSearchParams({ ingediend: planKey({ edition_id: editionId, applicant_id: applicantId }) })}`,
    303,
  );
}
