// An assessor's submission: the scores become one row of the contract's
// assessments (assessor = the account's name) through the import, and in the
// same transaction the assignment is marked submitted and its draft removed
// (two submissions at once: the second changes nothing). A second submission
// is refused before it reaches the import; were it to reach it, the same
// row would change nothing (the import keeps no entry for that).
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { type AssessorPlan, markSubmitted } from "../../db/queries/assessor-plans.server";
import { writeFormRows } from "../forms/submit.server";
import type { ImportReport } from "../run.server";

/** The scoring form's name in the history (its writes have mode `form`). */
export const SCORING_FORM_NAME = "beoordelingsformulier";

export interface Submission {
  user: { user_id: number; name: string; email: string };
  /** The plan as the request read it (assessorPlan): a submitted one is refused. */
  plan: AssessorPlan;
  editionId: string;
  applicantId: string;
  scores: Record<string, number>;
  comment: string | null;
  language: Language;
}

export type SubmitOutcome =
  | { ok: true; importId: number | null }
  | { ok: false; reason: "not_open" }
  | { ok: false; reason: "refused"; report: ImportReport };

export async function submitScores(db: Db, submission: Submission): Promise<SubmitOutcome> {
  const { user, editionId, applicantId, plan } = submission;
  if (plan.state === "submitted") return { ok: false, reason: "not_open" };
  const report = await writeFormRows(db, {
    formName: SCORING_FORM_NAME,
    sheets: [
      {
        dataset: "assessments",
        rows: [
          {
            edition_id: editionId,
            applicant_id: applicantId,
            assessor: user.name,
            ...submission.scores,
            comment: submission.comment,
          },
        ],
      },
    ],
    writtenBy: user.email,
    language: submission.language,
    alongside: (trx) => markSubmitted(trx, user.user_id, editionId, applicantId),
  });
  if (!report.ok) return { ok: false, reason: "refused", report };
  return { ok: true, importId: report.import_id };
}
