// E-mail through the SMTP server of SMTP_URL (nodemailer), for the app (the
// registration's confirmation) and the command line (the follow-up's
// invitations and reminders): one message shape, plain text and HTML in the
// reader's language, and one way to send. A failure is logged without any
// personal value: every e-mail address is scrubbed from the reason.
import nodemailer from "nodemailer";
import { errorForLog } from "../../core/error-for-log";
import { type MessageKey, type MessageValues, translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { MailConfig } from "../../db/config";

export type { MailConfig };

export interface MailMessage {
  subject: string;
  text: string;
  html: string;
}

/** A mail server that does not answer must not hold a page or a run for minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** An escaped paragraph whose web addresses are links. */
function htmlParagraph(text: string): string {
  return `<p>${escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)}</p>`;
}

/** A message of a subject and paragraphs, as text and as HTML. */
export function mailMessage(language: Language, subject: string, paragraphs: readonly string[]) {
  return {
    subject,
    text: `${paragraphs.join("\n\n")}\n`,
    html: `<!doctype html><html lang="${language}"><body>${paragraphs
      .map(htmlParagraph)
      .join("")}</body></html>`,
  };
}

/** The first line of a sending error, with every e-mail address scrubbed. */
export function mailFailure(error: unknown): string {
  return errorForLog(error).split("\n")[0] ?? "";
}

/** Sends messages over one connection; `send` throws when the server refuses one. */
export function mailer(mail: MailConfig) {
  const transport = nodemailer.createTransport({ url: mail.url, ...TIMEOUTS });
  return {
    async send(to: string, message: MailMessage): Promise<void> {
      await transport.sendMail({ from: mail.from, to, ...message });
    },
    close: () => transport.close(),
  };
}

export interface Confirmation {
  to: string;
  language: Language;
  editionName: string;
  applicantId: string;
  initiative: string;
  name: string | null;
}

/** The confirmation's subject and paragraphs, in the applicant's language. */
export function confirmationMessage(c: Confirmation): MailMessage {
  const t = translator(c.language);
  const values = { edition: c.editionName, id: c.applicantId, initiative: c.initiative };
  return mailMessage(c.language, t("register.mail.subject", values), [
    c.name ? t("register.mail.greeting", { name: c.name }) : t("register.mail.greetingNoName"),
    t("register.mail.body", values),
    t("register.mail.next"),
    t("register.mail.privacy"),
  ]);
}

/** A warning in the server's log, always in Dutch (the log's language). */
export function warnMail(key: MessageKey, values: MessageValues): void {
  console.warn(translator("nl")(key, values));
}

/**
 * Sends the confirmation; true when the server took it. Never throws: a
 * failure is logged as a warning naming the edition and the reason.
 */
export async function sendConfirmation(mail: MailConfig, c: Confirmation): Promise<boolean> {
  const sender = mailer(mail);
  try {
    await sender.send(c.to, confirmationMessage(c));
    return true;
  } catch (error) {
    warnMail("register.mail.failed", { edition: c.editionName, reason: mailFailure(error) });
    return false;
  } finally {
    sender.close();
  }
}
