// What the import reports: errors that refuse the file, warnings that do not,
// each with where it is (dataset, sheet, spreadsheet row, contract column) and
// a message a policymaker understands, from the dictionary (core/i18n, issue.*).

import { type DatasetKey, datasetSpec, nameIn } from "../core/contract/datasets";
import type { EnumOption, ParseProblem } from "../core/contract/value-types";
import { formatFixed, formatNumber } from "../core/format";
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";

export type IssueCode =
  | ParseProblem
  | { code: "file_unreadable"; reason: string }
  | { code: "file_too_large"; maxMb: number }
  | { code: "file_type"; expected: "xlsx" | "csv" | "zip" }
  | { code: "export_columns_ignored"; columns: string }
  | { code: "export_sheet_ignored" }
  | { code: "zip_nothing" }
  | { code: "file_old_excel" }
  | { code: "file_extension" }
  | { code: "duplicate_sheet" }
  | { code: "file_not_utf8" }
  | { code: "zip_too_large"; maxMb: number }
  | { code: "too_many_rows"; max: number }
  | { code: "no_datasets" }
  | { code: "unknown_dataset"; name: string }
  | { code: "missing_column" }
  | { code: "title_rows_skipped"; rows: string; header: number }
  | { code: "duplicate_column" }
  | { code: "duplicate_key" }
  | { code: "duplicate_municipality_year"; other: string }
  | { code: "unknown_edition" }
  | { code: "unknown_applicant" }
  | { code: "registration_erased" }
  | { code: "key_taken" }
  | { code: "impact_missing" }
  | { code: "impact_not_heaviest"; criterion: string }
  | { code: "criterion_not_in_rubric" }
  | { code: "criterion_score_missing" }
  | { code: "score_above_scale"; max: number }
  | { code: "microcredit_above_share"; share: number; startBudget: number }
  | { code: "distance_jobs_above_jobs" }
  | { code: "database_refused"; reason: string }
  | { code: "database_rule"; dataset: DatasetKey; rule: string }
  | { code: "over_budget"; total: number; budget: number }
  | { code: "reader_damaged" }
  | { code: "reader_bad_part"; part: string; reason: string }
  | { code: "reader_encrypted" }
  | { code: "reader_text_as_workbook"; encoding: string }
  | { code: "reader_windows1252" };

export interface ImportIssue {
  dataset: DatasetKey | null;
  sheet: string | null;
  /** The spreadsheet's row number (header = 1); null for the whole file. */
  row: number | null;
  /** The contract's column key, whatever header the file used. */
  column: string | null;
  /** The value as given. */
  value: string | null;
  problem: IssueCode;
}

function optionList(options: readonly EnumOption[]): string {
  return options.map((o) => (o.alias ? `${o.alias} (${o.value})` : o.value)).join(", ");
}

/** The file reader's problems: their keys in the reader section of the dictionary. */
const READER_KEYS = {
  reader_cell_error: "reader.cellError",
  reader_damaged: "reader.damaged",
  reader_bad_part: "reader.badPart",
  reader_encrypted: "reader.encrypted",
  reader_text_as_workbook: "reader.textAsWorkbook",
  reader_windows1252: "reader.windows1252",
} as const;

/** The problem in the reader's language; numbers formatted for it, as the texts name them. */
export function issueMessage(p: IssueCode, language: Language): string {
  const t = translator(language);
  const fixed = (n: number, decimals = 2) => formatFixed(n, language, decimals);
  const plain = (n: number) => formatNumber(n, language, 4);
  switch (p.code) {
    case "too_long":
      return t("issue.too_long", { max: p.max });
    case "too_many_decimals":
      return t("issue.too_many_decimals", { decimals: p.decimals });
    case "below_min":
      return t(p.exclusive ? "issue.below_min.exclusive" : "issue.below_min.inclusive", {
        min: plain(p.min),
      });
    case "above_max":
      return t("issue.above_max", { max: plain(p.max) });
    case "not_enum":
      return t("issue.not_enum", { options: optionList(p.options) });
    case "file_unreadable":
      return t("issue.file_unreadable", { reason: p.reason });
    case "file_too_large":
      return t("issue.file_too_large", { maxMb: p.maxMb });
    case "file_type":
      return t(`issue.file_type.${p.expected}`);
    case "zip_too_large":
      return t("issue.zip_too_large", { maxMb: plain(p.maxMb) });
    case "too_many_rows":
      return t("issue.too_many_rows", { max: fixed(p.max, 0) });
    case "title_rows_skipped":
      return t("issue.title_rows_skipped", { rows: p.rows, header: p.header });
    case "export_columns_ignored":
      return t("issue.export_columns_ignored", { columns: p.columns });
    case "unknown_dataset":
      return t("issue.unknown_dataset", { name: p.name });
    case "duplicate_municipality_year":
      return t("issue.duplicate_municipality_year", { other: p.other });
    case "impact_not_heaviest":
      return t("issue.impact_not_heaviest", { criterion: p.criterion });
    case "score_above_scale":
      return t("issue.score_above_scale", { max: p.max });
    case "microcredit_above_share":
      return t("issue.microcredit_above_share", {
        share: plain(p.share * 100),
        startBudget: fixed(p.startBudget),
      });
    case "database_rule":
      return t("issue.database_rule", {
        dataset: nameIn(language, datasetSpec(p.dataset)),
        rule: p.rule,
      });
    case "database_refused":
      return t("issue.database_refused", { reason: p.reason });
    case "reader_cell_error":
    case "reader_damaged":
    case "reader_bad_part":
    case "reader_encrypted":
    case "reader_text_as_workbook":
    case "reader_windows1252": {
      const { code, ...values } = p;
      return t(READER_KEYS[code], values);
    }
    case "over_budget":
      return t("issue.over_budget", { total: fixed(p.total), budget: fixed(p.budget) });
    default:
      // The problems that name no value: the text is the code's.
      return t(`issue.${p.code}`);
  }
}
