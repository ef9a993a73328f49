// What may leave in which export. `research`: pseudonymised, for researchers
// and publications; `full`: everything with real identifiers, for
// administrators only (on the web once accounts exist, issue 8; until then
// from the command line).
import type { ColumnSpec, DatasetKey } from "../../core/contract/datasets";
import type { TableRead } from "../../db/queries/export-rows.server";

export const EXPORT_SCOPES = ["research", "full"] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export function isExportScope(value: unknown): value is ExportScope {
  return EXPORT_SCOPES.includes(value as ExportScope);
}

// Free text about a person and their plan (an assessor's comment, the idea
// as the entrepreneur described it): not flagged `personal` in the contract
// (it is no name or address), but it easily names or describes someone, and
// nobody consented to sharing it.
const FREE_TEXT: Partial<Record<DatasetKey, readonly string[]>> = {
  applicants: ["idea"],
  assessments: ["comment"],
};

/** Whether a contract column is in an export of this scope. */
export function columnLeaves(dataset: DatasetKey, column: ColumnSpec, scope: ExportScope): boolean {
  if (scope === "full") return true;
  return column.personal !== true && !FREE_TEXT[dataset]?.includes(column.key);
}

/**
 * The rows and values that need consent (shared/spec/data.md): a survey quote
 * only with `quote_consent`, a story only when `published`.
 */
const CONSENTED: Partial<Record<DatasetKey, Pick<TableRead, "onlyWhere" | "nullUnless">>> = {
  surveys: { nullUnless: { column: "quote", condition: "quote_consent" } },
  stories: { onlyWhere: "published" },
};

export function consentRules(
  dataset: DatasetKey,
  scope: ExportScope,
): Pick<TableRead, "onlyWhere" | "nullUnless"> {
  return scope === "research" ? (CONSENTED[dataset] ?? {}) : {};
}
