// What the import reports: errors that refuse the file, warnings that do not,
// each with where it is (dataset, sheet, spreadsheet row, contract column) and
// a message a policymaker understands, in Dutch or English.

import type { DatasetKey } from "../core/contract/datasets";
import type { EnumOption, ParseProblem } from "../core/contract/value-types";
import { formatFixed, formatNumber } from "../core/format";
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";

export type IssueCode =
  | ParseProblem
  | { code: "file_unreadable"; reason: string }
  | { code: "file_too_large"; maxMb: number }
  | { code: "file_type"; expected: "xlsx" | "csv" }
  | { code: "file_old_excel" }
  | { code: "file_extension" }
  | { code: "duplicate_sheet" }
  | { code: "file_not_utf8" }
  | { code: "zip_too_large"; maxMb: number }
  | { code: "too_many_rows"; max: number }
  | { code: "too_many_empty_rows"; max: number }
  | { code: "no_datasets" }
  | { code: "unknown_dataset"; name: string }
  | { code: "missing_column" }
  | { code: "duplicate_column" }
  | { code: "duplicate_key" }
  | { code: "duplicate_municipality_year"; other: string }
  | { code: "unknown_edition" }
  | { code: "unknown_applicant" }
  | { code: "impact_missing" }
  | { code: "impact_not_heaviest"; criterion: string }
  | { code: "criterion_not_in_rubric" }
  | { code: "criterion_score_missing" }
  | { code: "score_above_scale"; max: number }
  | { code: "microcredit_above_share"; share: number; startBudget: number }
  | { code: "distance_jobs_above_jobs" }
  | { code: "database_refused"; reason: string }
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

const nlNumber = (n: number, decimals = 2) => formatFixed(n, "nl", decimals);
const enNumber = (n: number, decimals = 2) => formatFixed(n, "en", decimals);
const plain = (n: number, language: Language) => formatNumber(n, language, 4);

function optionList(options: readonly EnumOption[]): string {
  return options.map((o) => (o.alias ? `${o.alias} (${o.value})` : o.value)).join(", ");
}

function dutch(p: IssueCode): string {
  switch (p.code) {
    case "required":
      return "Dit veld is verplicht maar leeg.";
    case "not_text":
      return "Hier hoort tekst, geen ja/nee-waarde.";
    case "too_long":
      return `De tekst is te lang: hoogstens ${p.max} tekens.`;
    case "not_slug":
      return "Gebruik alleen kleine letters, cijfers en streepjes (2 tot 64 tekens), zoals groningen-2024.";
    case "not_email":
      return "Dit is geen geldig e-mailadres.";
    case "not_integer":
      return "Hier hoort een geheel getal.";
    case "not_number":
      return "Dit is geen getal. Schrijf bijvoorbeeld 3000, 3.000,50 of € 3.000,-.";
    case "too_many_decimals":
      return `Te veel cijfers achter de komma: hoogstens ${p.decimals}.`;
    case "below_min":
      return p.exclusive
        ? `Het getal moet groter zijn dan ${plain(p.min, "nl")}.`
        : `Het getal mag niet kleiner zijn dan ${plain(p.min, "nl")}.`;
    case "above_max":
      return `Het getal mag niet groter zijn dan ${plain(p.max, "nl")}.`;
    case "not_bool":
      return "Vul ja of nee in.";
    case "not_date":
      return "Dit is geen geldige datum. Schrijf bijvoorbeeld 1-3-2020 of 2020-03-01.";
    case "not_enum":
      return `Kies een van: ${optionList(p.options)}.`;
    case "file_unreadable":
      return `Het bestand kon niet worden gelezen: ${p.reason}`;
    case "file_too_large":
      return `Het bestand is te groot: hoogstens ${p.maxMb} MB.`;
    case "file_type":
      return p.expected === "xlsx"
        ? "Dit bestand is geen Excel-werkmap (.xlsx), ook al heet het zo."
        : "Dit bestand is geen CSV-tekstbestand, ook al heet het zo.";
    case "file_old_excel":
      return "Oude Excel-bestanden (.xls) worden niet gelezen. Sla het bestand op als Excel-werkmap (.xlsx).";
    case "file_extension":
      return "Alleen Excel-werkmappen (.xlsx) en CSV-bestanden (.csv) kunnen worden geïmporteerd.";
    case "duplicate_sheet":
      return "Deze gegevens staan in twee werkbladen; laat er één over.";
    case "file_not_utf8":
      return "Het bestand is geen UTF-8-tekst. Kies in Excel 'Opslaan als' en dan 'CSV UTF-8'.";
    case "zip_too_large":
      return `De werkmap is uitgepakt te groot: hoogstens ${plain(p.maxMb, "nl")} MB.`;
    case "too_many_rows":
      return `Het werkblad heeft te veel rijen: hoogstens ${nlNumber(p.max, 0)}.`;
    case "too_many_empty_rows":
      return `Het werkblad heeft meer dan ${nlNumber(p.max, 0)} lege rijen achter elkaar; verwijder de lege rijen.`;
    case "no_datasets":
      return "Het bestand bevat geen werkblad met een bekende naam (zoals Aanmeldingen of Toekenningen).";
    case "unknown_dataset":
      return `Niet duidelijk welke gegevens '${p.name}' bevat. Noem het bestand naar de gegevens, zoals aanmeldingen.csv.`;
    case "missing_column":
      return "Deze verplichte kolom ontbreekt.";
    case "duplicate_column":
      return "Deze kolom staat twee keer in de kopregel.";
    case "duplicate_key":
      return "Deze rij staat twee keer in het bestand (dezelfde sleutel).";
    case "duplicate_municipality_year":
      return `Er is al een editie voor deze gemeente en dit jaar: ${p.other}.`;
    case "unknown_edition":
      return "Deze editie bestaat niet, in het bestand noch in de database.";
    case "unknown_applicant":
      return "Deze aanmelding bestaat niet in deze editie, in het bestand noch in de database.";
    case "impact_missing":
      return "De criteria van deze editie missen 'impact'.";
    case "impact_not_heaviest":
      return `Impact moet zwaarder wegen dan elk ander criterium, maar weegt niet zwaarder dan '${p.criterion}'.`;
    case "criterion_not_in_rubric":
      return "Dit criterium hoort niet bij de rubriek van deze editie.";
    case "criterion_score_missing":
      return "Het cijfer voor dit criterium van de rubriek ontbreekt.";
    case "score_above_scale":
      return `Het cijfer is hoger dan het hoogste cijfer van deze editie (${p.max}).`;
    case "microcredit_above_share":
      return `Het microkrediet is meer dan ${plain(p.share * 100, "nl")}% van het startbudget (${nlNumber(p.startBudget)}).`;
    case "distance_jobs_above_jobs":
      return "Er zijn meer banen voor mensen met afstand tot de arbeidsmarkt dan banen in totaal.";
    case "database_refused":
      return `De database weigerde de gegevens: ${p.reason}`;
    case "reader_cell_error":
    case "reader_damaged":
    case "reader_bad_part":
    case "reader_encrypted":
    case "reader_text_as_workbook":
    case "reader_windows1252":
      return readerMessage(p, "nl");
    case "over_budget":
      return `De toekenningen van deze editie zijn samen € ${nlNumber(p.total)}, meer dan het budget van € ${nlNumber(p.budget)}.`;
  }
}

function english(p: IssueCode): string {
  switch (p.code) {
    case "required":
      return "This field is required but empty.";
    case "not_text":
      return "Text belongs here, not a yes/no value.";
    case "too_long":
      return `The text is too long: ${p.max} characters at most.`;
    case "not_slug":
      return "Use only lower-case letters, digits and hyphens (2 to 64 characters), like groningen-2024.";
    case "not_email":
      return "This is not a valid e-mail address.";
    case "not_integer":
      return "A whole number belongs here.";
    case "not_number":
      return "This is not a number. Write for example 3000, 3000.50 or € 3.000,-.";
    case "too_many_decimals":
      return `Too many decimals: ${p.decimals} at most.`;
    case "below_min":
      return p.exclusive
        ? `The number must be greater than ${plain(p.min, "en")}.`
        : `The number must not be less than ${plain(p.min, "en")}.`;
    case "above_max":
      return `The number must not be greater than ${plain(p.max, "en")}.`;
    case "not_bool":
      return "Fill in yes or no.";
    case "not_date":
      return "This is not a valid date. Write for example 1-3-2020 or 2020-03-01.";
    case "not_enum":
      return `Choose one of: ${optionList(p.options)}.`;
    case "file_unreadable":
      return `The file could not be read: ${p.reason}`;
    case "file_too_large":
      return `The file is too large: ${p.maxMb} MB at most.`;
    case "file_type":
      return p.expected === "xlsx"
        ? "This file is not an Excel workbook (.xlsx), although it is named like one."
        : "This file is not a CSV text file, although it is named like one.";
    case "file_old_excel":
      return "Old Excel files (.xls) are not read. Save the file as an Excel workbook (.xlsx).";
    case "file_extension":
      return "Only Excel workbooks (.xlsx) and CSV files (.csv) can be imported.";
    case "duplicate_sheet":
      return "This data is in two sheets; keep one.";
    case "file_not_utf8":
      return "The file is not UTF-8 text. In Excel choose 'Save as' and then 'CSV UTF-8'.";
    case "zip_too_large":
      return `The workbook is too large unpacked: ${plain(p.maxMb, "en")} MB at most.`;
    case "too_many_rows":
      return `The sheet has too many rows: ${enNumber(p.max, 0)} at most.`;
    case "too_many_empty_rows":
      return `The sheet has more than ${enNumber(p.max, 0)} empty rows in a row; remove the empty rows.`;
    case "no_datasets":
      return "The file has no sheet with a known name (such as Applicants or Awards).";
    case "unknown_dataset":
      return `It is not clear which data '${p.name}' holds. Name the file after the data, like applicants.csv.`;
    case "missing_column":
      return "This required column is missing.";
    case "duplicate_column":
      return "This column appears twice in the header.";
    case "duplicate_key":
      return "This row appears twice in the file (the same key).";
    case "duplicate_municipality_year":
      return `There already is an edition for this municipality and year: ${p.other}.`;
    case "unknown_edition":
      return "This edition does not exist, in the file or in the database.";
    case "unknown_applicant":
      return "This registration does not exist in this edition, in the file or in the database.";
    case "impact_missing":
      return "The criteria of this edition lack 'impact'.";
    case "impact_not_heaviest":
      return `Impact must weigh more than every other criterion, but does not weigh more than '${p.criterion}'.`;
    case "criterion_not_in_rubric":
      return "This criterion is not part of this edition's rubric.";
    case "criterion_score_missing":
      return "The score for this criterion of the rubric is missing.";
    case "score_above_scale":
      return `The score is above this edition's highest score (${p.max}).`;
    case "microcredit_above_share":
      return `The microcredit is more than ${plain(p.share * 100, "en")}% of the start budget (${enNumber(p.startBudget)}).`;
    case "distance_jobs_above_jobs":
      return "There are more jobs for people with a distance to the labour market than jobs in total.";
    case "database_refused":
      return `The database refused the data: ${p.reason}`;
    case "reader_cell_error":
    case "reader_damaged":
    case "reader_bad_part":
    case "reader_encrypted":
    case "reader_text_as_workbook":
    case "reader_windows1252":
      return readerMessage(p, "en");
    case "over_budget":
      return `The awards of this edition add up to € ${enNumber(p.total)}, more than its budget of € ${enNumber(p.budget)}.`;
  }
}

const READER_KEYS = {
  reader_cell_error: "reader.cellError",
  reader_damaged: "reader.damaged",
  reader_bad_part: "reader.badPart",
  reader_encrypted: "reader.encrypted",
  reader_text_as_workbook: "reader.textAsWorkbook",
  reader_windows1252: "reader.windows1252",
} as const;

/** The file reader's texts: dictionary keys (core/i18n/nl/reader.ts), the codes' fields filled in. */
function readerMessage(
  p: Extract<IssueCode, { code: keyof typeof READER_KEYS }>,
  language: Language,
): string {
  const { code, ...values } = p;
  return translator(language)(READER_KEYS[code], values);
}

export function issueMessage(problem: IssueCode, language: Language): string {
  return language === "en" ? english(problem) : dutch(problem);
}
