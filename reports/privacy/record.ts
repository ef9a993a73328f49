// The record of processing (AVG article 30): which personal data the product
// keeps, why, who sees it, how long, where, and which processors. The
// contract's columns come from core/contract (its `personal` marks), so a
// new personal column shows up here by itself; docs/privacy.md is this text
// (`impact privacy record`), and a test keeps the two the same.
import { columnDescription, DATASETS, nameIn } from "../../core/contract/datasets";
import { type MessageKey, translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";

export interface ProcessingEntry {
  /** What is kept, as the reader knows it. */
  data: string;
  /** Where in the database: table.column. */
  stored: string;
  purpose: string;
  /** Which roles see it, and how. */
  seenBy: string;
  retention: string;
}

export interface RecordOfProcessing {
  title: string;
  intro: string;
  entries: ProcessingEntry[];
  /** Where the data lives, processors, rights: a paragraph each. */
  notes: { title: string; text: string }[];
}

type Key = Extract<MessageKey, `privacy.record.${string}`>;

export function recordOfProcessing(
  language: Language,
  settings: { retentionYears: number },
): RecordOfProcessing {
  const t = translator(language);
  const years = { years: settings.retentionYears };
  const personal: ProcessingEntry[] = DATASETS.flatMap((dataset) =>
    dataset.columns
      .filter((column) => column.personal)
      .map((column) => ({
        data: `${nameIn(language, column)}: ${columnDescription(column, language)}`,
        stored: `${dataset.key}.${column.key}`,
        purpose: t("privacy.record.contract.purpose"),
        seenBy: t("privacy.record.contract.seenBy"),
        retention: t("privacy.record.contract.retention", years),
      })),
  );
  const entry = (
    name: string,
    stored: string,
    retention: Key = "privacy.record.contract.retention",
  ) => ({
    data: t(`privacy.record.${name}.data` as Key),
    stored,
    purpose: t(`privacy.record.${name}.purpose` as Key),
    seenBy: t(`privacy.record.${name}.seenBy` as Key),
    retention: t(retention, years),
  });
  return {
    title: t("privacy.record.title"),
    intro: t("privacy.record.intro"),
    entries: [
      ...personal,
      entry("idea", "applicants.idea"),
      entry("comment", "assessments.comment"),
      entry("quote", "surveys.quote, stories.quote"),
      entry("story", "stories.title, stories.summary"),
      entry("history", "import_changes.row"),
      entry("accounts", "users.email, users.name", "privacy.record.accounts.retention"),
      entry("audit", "audit_log.actor, audit_log.details", "privacy.record.audit.retention"),
      entry("failures", "login_failures.key", "privacy.record.failures.retention"),
      entry("uploads", "pending_uploads.content", "privacy.record.uploads.retention"),
      entry("attempts", "registration_attempts.address_hash", "privacy.record.attempts.retention"),
      entry("followup", "followup_links.token_hash, followup_links.applicant_id"),
      entry(
        "followupMail",
        "applicant_contact.language, applicant_contact.opted_out_at, followup_mail.sent_at",
      ),
    ],
    notes: (["where", "processors", "rights"] as const).map((name) => ({
      title: t(`privacy.record.${name}.title`),
      text: t(`privacy.record.${name}.text`, years),
    })),
  };
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The record as Markdown: what docs/privacy.md holds (in English). */
export function recordMarkdown(record: RecordOfProcessing, language: Language): string {
  const t = translator(language);
  const head = [
    t("privacy.record.column.data"),
    t("privacy.record.column.stored"),
    t("privacy.record.column.purpose"),
    t("privacy.record.column.seenBy"),
    t("privacy.record.column.retention"),
  ];
  const lines = [
    `# ${record.title}`,
    "",
    t("privacy.record.generated"),
    "",
    record.intro,
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...record.entries.map(
      (e) =>
        `| ${[e.data, `\`${e.stored}\``, e.purpose, e.seenBy, e.retention].map(cell).join(" | ")} |`,
    ),
    "",
    ...record.notes.flatMap((note) => [`## ${note.title}`, "", note.text, ""]),
  ];
  return lines.join("\n");
}
