// The import report as text for the command line, in the reader's language.

import { type Translate, translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import type { ImportReport, ReportedIssue } from "./run.server";

function where(issue: ReportedIssue, t: Translate): string {
  if (issue.sheet === null) return t("issue.where.file");
  const parts = [t("issue.where.sheet", { sheet: issue.sheet })];
  if (issue.row !== null) parts.push(t("issue.where.row", { row: issue.row }));
  if (issue.column !== null) parts.push(t("issue.where.column", { column: issue.column }));
  const value = issue.value ? ` ('${issue.value}')` : "";
  return `${parts.join(", ")}${value}`;
}

export function importReportText(report: ImportReport, language: Language): string {
  const t = translator(language);
  const lines: string[] = [];
  if (!report.ok) {
    const count = report.error_count;
    lines.push(
      t(count === 1 ? "issue.report.refused.one" : "issue.report.refused.other", { count }),
    );
    for (const issue of report.errors) lines.push(`- ${where(issue, t)}: ${issue.message}`);
    const hidden = report.error_count - report.errors.length;
    if (hidden > 0) lines.push(t("issue.report.more", { count: hidden }));
  } else {
    const id = report.import_id;
    if (report.dry_run) lines.push(t("issue.report.dry_run"));
    else lines.push(id === null ? t("issue.report.unchanged") : t("issue.report.imported", { id }));
    for (const [dataset, c] of Object.entries(report.counts)) {
      const counts = { dataset, inserted: c.inserted, updated: c.updated, unchanged: c.unchanged };
      const line = c.deleted
        ? t("issue.report.counts.deleted", { ...counts, deleted: c.deleted })
        : t("issue.report.counts", counts);
      lines.push(`  ${line}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push(t("issue.report.warnings"));
    for (const issue of report.warnings) lines.push(`- ${issue.value}: ${issue.message}`);
  }
  if (report.ignored.sheets.length > 0)
    lines.push(`${t("issue.report.ignored_sheets")} ${report.ignored.sheets.join(", ")}`);
  if (report.ignored.columns.length > 0) {
    lines.push(`${t("issue.report.ignored_columns")} ${report.ignored.columns.join(", ")}`);
  }
  return lines.join("\n");
}
