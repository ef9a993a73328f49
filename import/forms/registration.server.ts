// The public registration (/aanmelden/<edition_id>): its window, its fields
// (the applicants contract's own), and a submission: checked field by field,
// numbered, and written as a one-row import that may only add (submit.server.ts).
import { datasetSpec } from "../../core/contract/datasets";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { CONSENT_FIELD, HONEYPOT_FIELD } from "../../core/registration";
import type { Db } from "../../db/connection.server";
import { rememberLanguage } from "../../db/queries/followup-mail.server";
import {
  FORM_ATTEMPT_MINUTES,
  nextRegistrationNumber,
  type RegistrationEdition,
  registrationEdition,
  registrationThrottled,
  storedInitiative,
} from "../../db/queries/registration.server";
import { checkFields, type FormField, formFields } from "./fields";
import { writeForm } from "./submit.server";

const APPLICANTS = datasetSpec("applicants");

/** The applicants' columns the public form asks for, in this order. */
export const REGISTRATION_COLUMNS = [
  "initiative",
  "organisation",
  "entrepreneur",
  "email",
  "phone",
  "theme",
  "district",
  "stage",
  "referral",
  "idea",
] as const;

/** Against spam from one address: at most this many submissions in this many minutes. */
export const REGISTRATION_LIMIT = { max: 5, minutes: FORM_ATTEMPT_MINUTES };

/** How often a submission takes the next number when its own turned out taken or erased. */
const NUMBER_ATTEMPTS = 5;

export type { RegistrationEdition };
export { registrationEdition };

/**
 * Open from `launched_on` (or at once, without it) through `closed_on`; an
 * edition without `closed_on` is closed unless an administrator opened it,
 * so old editions never take registrations. An administrator's hand wins.
 */
export function registrationOpen(edition: RegistrationEdition, today: string): boolean {
  if (edition.forced) return edition.forced === "open";
  if (!edition.closed_on) return false;
  return (
    (edition.launched_on === null || edition.launched_on <= today) && today <= edition.closed_on
  );
}

export function registrationFields(edition: RegistrationEdition, language: Language): FormField[] {
  const choices = edition.themes.length > 0 ? { theme: edition.themes } : undefined;
  return formFields(APPLICANTS, REGISTRATION_COLUMNS, language, choices ? { choices } : {});
}

export interface RegistrationRequest {
  edition: RegistrationEdition;
  /** A posted field's value, by name. */
  posted: (name: string) => string | null;
  language: Language;
  /** The day of the submission (ISO), passed in. */
  today: string;
  /** The client's address, for the rate limit only. */
  address: string;
}

export type RegistrationOutcome =
  /** Stored, or a spam bot's submission quietly dropped: the same answer to both. */
  | {
      kind: "received";
      applicant: {
        id: string;
        email: string | null;
        name: string | null;
        initiative: string;
      } | null;
    }
  | { kind: "throttled" }
  | {
      kind: "invalid";
      values: Record<string, string | null>;
      errors: Record<string, string>;
      other: string[];
    };

export async function register(db: Db, request: RegistrationRequest): Promise<RegistrationOutcome> {
  const { edition, posted, language } = request;
  const t = translator(language);
  if (await registrationThrottled(db, request.address, REGISTRATION_LIMIT))
    return { kind: "throttled" };
  // A person does not see the honeypot field; a bot fills it. It gets the
  // thank-you page and nothing is stored, so it learns nothing.
  if ((posted(HONEYPOT_FIELD) ?? "").trim() !== "") return { kind: "received", applicant: null };
  const fields = registrationFields(edition, language);
  const { values, errors } = checkFields(fields, APPLICANTS, posted, language);
  if (posted(CONSENT_FIELD) !== "ja") errors[CONSENT_FIELD] = t("register.consentMissing");
  if (Object.keys(errors).length > 0) return { kind: "invalid", values, errors, other: [] };
  for (let attempt = 0; attempt < NUMBER_ATTEMPTS; attempt += 1) {
    const number = await nextRegistrationNumber(db, edition.edition_id);
    const id = `${edition.edition_id}-${String(number).padStart(3, "0")}`;
    const outcome = await writeForm(db, {
      rows: {
        applicants: {
          edition_id: edition.edition_id,
          applicant_id: id,
          registered_on: request.today,
          ...values,
        },
      },
      writtenBy: "formulier",
      formName: `formulier aanmelden/${edition.edition_id}`,
      language,
      addOnly: true,
    });
    if (outcome.ok) {
      // The follow-up e-mail will be in the language of this page.
      await rememberLanguage(db, edition.edition_id, id, language);
      return {
        kind: "received",
        applicant: {
          id,
          email: values.email ?? null,
          name: values.entrepreneur ?? null,
          initiative: values.initiative ?? "",
        },
      };
    }
    // The number was taken by a file's row or belonged to an erased
    // registration: take the next one. Anything else is the person's to fix.
    const { applicant_id: numberProblem, ...rest } = outcome.errors;
    if (numberProblem && Object.keys(rest).length === 0 && outcome.other.length === 0) continue;
    return { kind: "invalid", values, errors: rest, other: outcome.other };
  }
  return { kind: "invalid", values, errors: {}, other: [t("register.failed")] };
}

/**
 * An administrator marks the intake held and the plan handed in: a one-row
 * form write of the two columns (an update, so not add-only), with the same
 * rules, history entry and data version as any write.
 */
export async function markRegistration(
  db: Db,
  mark: {
    editionId: string;
    applicantId: string;
    intake: boolean;
    planSubmitted: boolean;
    by: string;
    language: Language;
  },
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const t = translator(mark.language);
  // A row names every required column, also in an update: the stored initiative, unchanged.
  const initiative = await storedInitiative(db, mark.editionId, mark.applicantId);
  if (initiative === null) {
    return {
      ok: false,
      reason: t("privacy.unknownApplicant", {
        edition: mark.editionId,
        applicant: mark.applicantId,
      }),
    };
  }
  const yes = (value: boolean) => (value ? "true" : "false");
  const outcome = await writeForm(db, {
    rows: {
      applicants: {
        edition_id: mark.editionId,
        applicant_id: mark.applicantId,
        initiative,
        intake: yes(mark.intake),
        plan_submitted: yes(mark.planSubmitted),
      },
    },
    writtenBy: mark.by,
    formName: `formulier aanmeldingen/${mark.editionId}`,
    language: mark.language,
    addOnly: false,
  });
  if (outcome.ok) return { ok: true };
  return { ok: false, reason: [...Object.values(outcome.errors), ...outcome.other].join(" ") };
}
