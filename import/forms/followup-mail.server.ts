// `impact followup send|remind`: the invitation for a follow-up moment, and a
// reminder, by e-mail to each invitee with their personal link, in their
// language, with a link to stop these e-mails. Who is written to is decided
// by one query (mailCandidates) and one pure rule (chooseRecipients); links
// are issued by issueFollowupLinks, as `links` does. A refused address is
// counted and logged without any personal value; the run goes on.
import { followupUrl, optOutUrl } from "../../core/followup";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { issueFollowupLinks } from "../../db/queries/followup-links.server";
import {
  type FollowupMailKind,
  type MailCandidate,
  mailCandidates,
  recordFollowupMail,
} from "../../db/queries/followup-mail.server";
import {
  type MailConfig,
  type MailMessage,
  mailer,
  mailFailure,
  mailMessage,
  warnMail,
} from "./mail.server";

/** Why an invitee gets no e-mail this run. */
export type SkipReason = "optedOut" | "answered" | "alreadyInvited" | "noLiveLink" | "noAddress";

export interface MailSummary {
  sent: number;
  failed: number;
  skipped: Record<SkipReason, number>;
}

/**
 * Whom to write to: an invitee with an address who did not opt out and has
 * not answered for the moment; an invitation not twice (unless `again`); a
 * reminder only to whom a link of the moment still opens the form.
 */
export function chooseRecipients(
  candidates: readonly MailCandidate[],
  kind: FollowupMailKind,
  again: boolean,
) {
  const skipped: Record<SkipReason, number> = {
    optedOut: 0,
    answered: 0,
    alreadyInvited: 0,
    noLiveLink: 0,
    noAddress: 0,
  };
  const reason = (c: MailCandidate): SkipReason | null => {
    if (!c.email) return "noAddress";
    if (c.opted_out) return "optedOut";
    if (c.answered) return "answered";
    if (kind === "invitation" && c.invited && !again) return "alreadyInvited";
    if (kind === "reminder" && !c.live_link) return "noLiveLink";
    return null;
  };
  const recipients: MailCandidate[] = [];
  for (const candidate of candidates) {
    const why = reason(candidate);
    if (why) skipped[why] += 1;
    else recipients.push(candidate);
  }
  return { recipients, skipped };
}

export type FollowupMailValues = {
  initiative: string;
  months: number;
  url: string;
  optOut: string;
};

/** The invitation or reminder, in the applicant's language. */
export function followupMailMessage(
  kind: FollowupMailKind,
  language: Language,
  values: FollowupMailValues,
): MailMessage {
  const t = translator(language);
  return mailMessage(language, t(`followup.mail.${kind}.subject`, values), [
    t("followup.mail.greeting", values),
    t(`followup.mail.${kind}.body`, values),
    t("followup.mail.link", values),
    t("followup.mail.optOut", values),
  ]);
}

export interface MailRun {
  editionId: string;
  months: number;
  kind: FollowupMailKind;
  /** Send the invitation again to whom it went before. */
  again: boolean;
  publicUrl: string;
  /** The day the moment counts from (awardsDay). */
  day: string;
}

/**
 * Sends the run's e-mail, one by one over one connection, and records each
 * that the server took. An invitation gives a fresh link and ends the
 * person's older ones, as `links` does; a reminder adds one and keeps the
 * older ones live, so the invitation's link still works.
 */
export async function sendFollowupMail(
  db: Db,
  mail: MailConfig,
  run: MailRun,
): Promise<MailSummary> {
  const candidates = await mailCandidates(db, run.editionId, run.months);
  const { recipients, skipped } = chooseRecipients(candidates, run.kind, run.again);
  const summary: MailSummary = { sent: 0, failed: 0, skipped };
  if (recipients.length === 0) return summary;
  const language = new Map(recipients.map((r) => [r.applicant_id, r.language]));
  const links = await issueFollowupLinks(db, run.editionId, run.months, run.day, {
    applicantIds: recipients.map((r) => r.applicant_id),
    keepOlder: run.kind === "reminder",
  });
  const sender = mailer(mail);
  try {
    for (const link of links) {
      const message = followupMailMessage(run.kind, language.get(link.applicant_id) ?? "nl", {
        initiative: link.initiative,
        months: run.months,
        url: followupUrl(run.publicUrl, link.token),
        optOut: optOutUrl(run.publicUrl, link.token),
      });
      try {
        await sender.send(link.email ?? "", message);
      } catch (error) {
        summary.failed += 1;
        const reason = mailFailure(error);
        warnMail("followup.mail.failed", { edition: run.editionId, months: run.months, reason });
        continue;
      }
      await recordFollowupMail(db, run.editionId, link.applicant_id, run.months, run.kind);
      summary.sent += 1;
    }
  } finally {
    sender.close();
  }
  return summary;
}
