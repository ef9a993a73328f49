// The follow-up form behind a personal link (/opvolging/<token>): the
// outcomes contract's columns for the link's moment and, at the survey's
// moment, the survey's. A submission is checked field by field and written
// as one import that updates (submit.server.ts): sending again before the
// link ends updates the same rows.
import { datasetSpec } from "../../core/contract/datasets";
import { SURVEY_MOMENT } from "../../core/followup";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import type { FollowupLink } from "../../db/queries/followup-links.server";
import { attemptThrottled, FORM_ATTEMPT_MINUTES } from "../../db/queries/registration.server";
import { checkFields, type FormField, formFields } from "./fields";
import { writeForm } from "./submit.server";

const OUTCOMES = datasetSpec("outcomes");
const SURVEYS = datasetSpec("surveys");

/** The outcomes' columns the form asks for, in this order (edition, applicant and months: the link's). */
export const OUTCOME_COLUMNS = [
  "active",
  "revenue_eur",
  "jobs_fte",
  "jobs_distance_fte",
  "volunteers",
  "beneficiaries",
  "follow_on_funding_eur",
  "partnerships",
] as const;

export const SURVEY_COLUMNS = [
  "overall",
  "intake_rating",
  "coaching",
  "workshops",
  "network",
  "recommend",
  "quote",
  "quote_consent",
] as const;

/** A box the form leaves unticked unless the person ticks it: unticked is a no, also in an update. */
const CONSENT_COLUMN = "quote_consent";

/** Against a script hammering one link: at most this many submissions in the forms' window. */
export const FOLLOWUP_LIMIT = { max: 10, minutes: FORM_ATTEMPT_MINUTES };

export interface FollowupFields {
  outcomes: FormField[];
  /** Empty at a moment without the survey. */
  survey: FormField[];
}

export function followupFields(months: number, language: Language): FollowupFields {
  return {
    outcomes: formFields(OUTCOMES, OUTCOME_COLUMNS, language),
    survey: months === SURVEY_MOMENT ? formFields(SURVEYS, SURVEY_COLUMNS, language) : [],
  };
}

/** The survey's respondent for an applicant's answers: one per applicant and edition. */
export function followupRespondent(applicantId: string): string {
  return `opvolging-${applicantId}`;
}

export type FollowupOutcome =
  | { kind: "stored" }
  | { kind: "throttled" }
  | {
      kind: "invalid";
      values: Record<string, string | null>;
      errors: Record<string, string>;
      other: string[];
    };

export async function submitFollowup(
  db: Db,
  link: FollowupLink,
  posted: (name: string) => string | null,
  language: Language,
): Promise<FollowupOutcome> {
  if (await attemptThrottled(db, `followup:${link.token_hash}`, FOLLOWUP_LIMIT))
    return { kind: "throttled" };
  const fields = followupFields(link.months, language);
  const answer = (key: string) =>
    key === CONSENT_COLUMN ? posted(key)?.trim() || "nee" : posted(key);
  const outcomes = checkFields(fields.outcomes, OUTCOMES, answer, language);
  const survey = checkFields(fields.survey, SURVEYS, answer, language);
  const values = { ...outcomes.values, ...survey.values };
  const errors = { ...outcomes.errors, ...survey.errors };
  if (Object.keys(errors).length > 0) return { kind: "invalid", values, errors, other: [] };
  // One write: the outcome, and the survey where this moment asks it.
  const outcome = await writeForm(db, {
    writtenBy: "formulier",
    formName: `formulier opvolging/${link.edition_id}/${link.months}`,
    language,
    addOnly: false,
    rows: {
      outcomes: {
        edition_id: link.edition_id,
        applicant_id: link.applicant_id,
        months: String(link.months),
        ...outcomes.values,
      },
      ...(fields.survey.length > 0 && {
        surveys: {
          edition_id: link.edition_id,
          respondent_id: followupRespondent(link.applicant_id),
          applicant_id: link.applicant_id,
          ...survey.values,
        },
      }),
    },
  });
  if (!outcome.ok) return { kind: "invalid", values, errors: outcome.errors, other: outcome.other };
  return { kind: "stored" };
}
