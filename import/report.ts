// The import report as text for the command line, in Dutch or English.

import type { Language } from "../core/language";
import type { ImportReport, ReportedIssue } from "./run.server";

const TEXT = {
  nl: {
    dryOk: "Proefimport: het bestand is in orde; er is niets opgeslagen.",
    ok: (id: number | null) =>
      id === null
        ? "Geïmporteerd: er veranderde niets, alles stond er al."
        : `Geïmporteerd als import ${id}.`,
    refused: (n: number) =>
      `Niet geïmporteerd: ${n} ${n === 1 ? "fout" : "fouten"}. Er is niets opgeslagen.`,
    more: (n: number) => `… en nog ${n} fouten.`,
    file: "Bestand",
    sheet: "Blad",
    row: "rij",
    column: "kolom",
    warnings: "Waarschuwingen (de import gaat wel door):",
    ignoredSheets: "Genegeerde werkbladen:",
    ignoredColumns: "Genegeerde kolommen:",
    counts: (
      d: string,
      c: { inserted: number; updated: number; unchanged: number; deleted?: number },
    ) =>
      `  ${d}: ${c.inserted} nieuw, ${c.updated} gewijzigd, ${c.unchanged} ongewijzigd${
        c.deleted ? `, ${c.deleted} verwijderd` : ""
      }`,
  },
  en: {
    dryOk: "Dry run: the file is valid; nothing was stored.",
    ok: (id: number | null) =>
      id === null
        ? "Imported: nothing changed, all was there already."
        : `Imported as import ${id}.`,
    refused: (n: number) =>
      `Not imported: ${n} ${n === 1 ? "error" : "errors"}. Nothing was stored.`,
    more: (n: number) => `… and ${n} more errors.`,
    file: "File",
    sheet: "Sheet",
    row: "row",
    column: "column",
    warnings: "Warnings (the import goes ahead):",
    ignoredSheets: "Ignored sheets:",
    ignoredColumns: "Ignored columns:",
    counts: (
      d: string,
      c: { inserted: number; updated: number; unchanged: number; deleted?: number },
    ) =>
      `  ${d}: ${c.inserted} new, ${c.updated} changed, ${c.unchanged} unchanged${
        c.deleted ? `, ${c.deleted} deleted` : ""
      }`,
  },
} as const;

function where(issue: ReportedIssue, t: (typeof TEXT)[Language]): string {
  if (issue.sheet === null) return t.file;
  const parts = [`${t.sheet} '${issue.sheet}'`];
  if (issue.row !== null) parts.push(`${t.row} ${issue.row}`);
  if (issue.column !== null) parts.push(`${t.column} ${issue.column}`);
  const value = issue.value ? ` ('${issue.value}')` : "";
  return `${parts.join(", ")}${value}`;
}

export function importReportText(report: ImportReport, language: Language): string {
  const t = TEXT[language];
  const lines: string[] = [];
  if (!report.ok) {
    lines.push(t.refused(report.error_count));
    for (const issue of report.errors) lines.push(`- ${where(issue, t)}: ${issue.message}`);
    const hidden = report.error_count - report.errors.length;
    if (hidden > 0) lines.push(t.more(hidden));
  } else {
    lines.push(report.dry_run ? t.dryOk : t.ok(report.import_id));
    for (const [dataset, counts] of Object.entries(report.counts))
      lines.push(t.counts(dataset, counts));
  }
  if (report.warnings.length > 0) {
    lines.push(t.warnings);
    for (const issue of report.warnings) lines.push(`- ${issue.value}: ${issue.message}`);
  }
  if (report.ignored.sheets.length > 0)
    lines.push(`${t.ignoredSheets} ${report.ignored.sheets.join(", ")}`);
  if (report.ignored.columns.length > 0) {
    lines.push(`${t.ignoredColumns} ${report.ignored.columns.join(", ")}`);
  }
  return lines.join("\n");
}
