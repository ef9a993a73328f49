// What the exports add to the contract's datasets (docs/exports.md): the
// pseudonym column beside applicant_id, and the read-me, codebook, metrics,
// evaluation and calibration sheets (files in the CSV zip). A full-scope export imports back as it is:
// these are recognised, ignored and reported, in both languages' names.
import { normaliseName } from "../core/contract/datasets";
import { type MessageKey, translator } from "../core/i18n/messages";
import { LANGUAGES } from "../core/language";

const inEveryLanguage = (keys: readonly MessageKey[]) =>
  new Set(
    LANGUAGES.flatMap((language) => keys.map((key) => normaliseName(translator(language)(key)))),
  );

const EXPORT_COLUMNS = inEveryLanguage(["workbook.column.pseudonym"]);

const EXPORT_SHEETS = inEveryLanguage([
  "workbook.sheet.readme",
  "workbook.sheet.codebook",
  "workbook.sheet.metrics",
  "workbook.sheet.evaluation",
  "workbook.sheet.calibration",
  "workbook.file.readme",
  "workbook.file.codebook",
  "workbook.file.metrics",
  "workbook.file.evaluation",
  "workbook.file.calibration",
]);

/** A header an export adds to a dataset's sheet (pseudoniem, pseudonym). */
export function isExportColumn(header: string): boolean {
  return EXPORT_COLUMNS.has(normaliseName(header));
}

/** A sheet (or, without its extension, a file of the CSV zip) only an export has. */
export function isExportSheet(name: string): boolean {
  return EXPORT_SHEETS.has(normaliseName(name.replace(/\.(csv|txt)$/i, "")));
}
