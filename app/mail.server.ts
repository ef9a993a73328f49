// E-mail sending (architecture: app/ sends e-mail): the registration's
// confirmation, through the SMTP server of SMTP_URL. Plain text and HTML, in
// the language the applicant used. A failure is logged without any personal
// value and never reaches the person: the registration is stored before.
import nodemailer from "nodemailer";
import { errorForLog } from "../core/error-for-log";
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import type { MailConfig } from "../db/config";

export type { MailConfig };

export interface Confirmation {
  to: string;
  language: Language;
  editionName: string;
  applicantId: string;
  initiative: string;
  name: string | null;
}

/** A mail server that does not answer must not hold the person's page for minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The confirmation's subject and paragraphs, in the applicant's language. */
export function confirmationMessage(c: Confirmation) {
  const t = translator(c.language);
  const values = { edition: c.editionName, id: c.applicantId, initiative: c.initiative };
  const paragraphs = [
    c.name ? t("register.mail.greeting", { name: c.name }) : t("register.mail.greetingNoName"),
    t("register.mail.body", values),
    t("register.mail.next"),
    t("register.mail.privacy"),
  ];
  return {
    subject: t("register.mail.subject", values),
    text: `${paragraphs.join("\n\n")}\n`,
    html: `<!doctype html><html lang="${c.language}"><body>${paragraphs
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join("")}</body></html>`,
  };
}

/**
 * Sends the confirmation; true when the server took it. Never throws: a
 * failure is logged as a warning naming the edition and the reason, with
 * every e-mail address scrubbed from it.
 */
export async function sendConfirmation(mail: MailConfig, c: Confirmation): Promise<boolean> {
  try {
    const transport = nodemailer.createTransport({ url: mail.url, ...TIMEOUTS });
    await transport.sendMail({ from: mail.from, to: c.to, ...confirmationMessage(c) });
    transport.close();
    return true;
  } catch (error) {
    const reason = errorForLog(error).split("\n")[0] ?? "";
    console.warn(translator("nl")("register.mail.failed", { edition: c.editionName, reason }));
    return false;
  }
}
