// The import's texts in English, key for key the Dutch ones.
import type { importNl } from "../nl/import";

export const importEn: Record<keyof typeof importNl, string> = {
  "issue.required": "This field is required but empty.",
  "issue.not_text": "Text belongs here, not a yes/no value.",
  "issue.too_long": "The text is too long: {max} characters at most.",
  "issue.not_slug":
    "Use only lower-case letters, digits and hyphens (2 to 64 characters), like groningen-2024.",
  "issue.not_email": "This is not a valid e-mail address.",
  "issue.not_kvk": "A KvK (Chamber of Commerce) number has exactly 8 digits, such as 01234567.",
  "issue.not_integer": "A whole number belongs here.",
  "issue.not_number": "This is not a number. Write for example 3000, 3000.50 or € 3.000,-.",
  "issue.too_many_decimals": "Too many decimals: {decimals} at most.",
  "issue.below_min.exclusive": "The number must be greater than {min}.",
  "issue.below_min.inclusive": "The number must not be less than {min}.",
  "issue.above_max": "The number must not be greater than {max}.",
  "issue.not_bool": "Fill in yes or no.",
  "issue.not_date": "This is not a valid date. Write for example 1-3-2020 or 2020-03-01.",
  "issue.not_enum": "Choose one of: {options}.",
  "issue.file_unreadable": "The file could not be read: {reason}",
  "issue.file_too_large": "The file is too large: {maxMb} MB at most.",
  "issue.file_type.xlsx":
    "This file is not an Excel workbook (.xlsx), although it is named like one.",
  "issue.file_type.csv": "This file is not a CSV text file, although it is named like one.",
  "issue.file_old_excel":
    "Old Excel files (.xls) are not read. Save the file as an Excel workbook (.xlsx).",
  "issue.file_type.zip": "This file is not a zip file, although it is named like one.",
  "issue.file_extension":
    "Only Excel workbooks (.xlsx), text files (.csv or .txt) and zip files of CSV files (.zip, as the CSV export writes) can be imported.",
  "issue.export_columns_ignored":
    "Column {columns} comes from an export of the Impactmonitor and is not imported; the data beside it is.",
  "issue.export_sheet_ignored":
    "This sheet comes from an export of the Impactmonitor (read me, codebook or metrics) and is not imported; the data in the other sheets is.",
  "issue.zip_nothing":
    "The zip file holds no CSV files. Put one CSV file per dataset in it, named after the data, such as applicants.csv.",
  "issue.duplicate_sheet": "This data is in two sheets; keep one.",
  "issue.file_not_utf8":
    "The file is not UTF-8 text. In Excel choose 'Save as' and then 'CSV UTF-8'.",
  "issue.zip_too_large":
    "The file is too large unpacked (a workbook or a zip of CSV files): {maxMb} MB at most.",
  "issue.too_many_rows": "The sheet has too many rows: {max} at most.",
  "issue.no_datasets": "The file has no sheet with a known name (such as Applicants or Awards).",
  "issue.unknown_dataset":
    "It is not clear which data '{name}' holds. Name the file after the data, like applicants.csv.",
  "issue.missing_column": "This required column is missing.",
  "issue.title_rows_skipped":
    "Skipped as a title above the header (row {header}): row {rows}. If that holds data, move it below the header.",
  "issue.duplicate_column": "This column appears twice in the header.",
  "issue.duplicate_key": "This row appears twice in the file (the same key).",
  "issue.duplicate_municipality_year":
    "There already is an edition for this municipality and year: {other}.",
  "issue.unknown_edition": "This edition does not exist, in the file or in the database.",
  "issue.unknown_applicant":
    "This registration does not exist in this edition, in the file or in the database.",
  "issue.key_taken": "This key is already in use; a form only adds new rows.",
  "issue.registration_erased":
    "This registration was erased (GDPR) and may not come back. Remove its rows from the source file too; nothing was saved.",
  "issue.impact_missing": "The criteria of this edition lack 'impact'.",
  "issue.impact_not_heaviest":
    "Impact must weigh more than every other criterion, but does not weigh more than '{criterion}'.",
  "issue.criterion_not_in_rubric": "This criterion is not part of this edition's rubric.",
  "issue.criterion_score_missing": "The score for this criterion of the rubric is missing.",
  "issue.score_above_scale": "The score is above this edition's highest score ({max}).",
  "issue.microcredit_above_share":
    "The microcredit is more than {share}% of the start budget ({startBudget}).",
  "issue.distance_jobs_above_jobs":
    "There are more jobs for people with a distance to the labour market than jobs in total.",
  "issue.database_rule":
    "A row of {dataset} breaks the database's rule '{rule}'. Check the values in this column; nothing was stored.",
  "issue.database_refused":
    "Storing failed on an unexpected database error; nothing was stored. Try again, or pass this message on to the administrator: {reason}",
  "issue.over_budget":
    "The awards of this edition add up to € {total}, more than its budget of € {budget}.",
  "issue.report.dry_run": "Dry run: the file is valid; nothing was stored.",
  "issue.report.unchanged": "Imported: nothing changed, all was there already.",
  "issue.report.imported": "Imported as import {id}.",
  "issue.report.refused.one": "Not imported: {count} error. Nothing was stored.",
  "issue.report.refused.other": "Not imported: {count} errors. Nothing was stored.",
  "issue.report.more": "… and {count} more errors.",
  "issue.report.counts": "{dataset}: {inserted} new, {updated} changed, {unchanged} unchanged",
  "issue.report.counts.deleted":
    "{dataset}: {inserted} new, {updated} changed, {unchanged} unchanged, {deleted} deleted",
  "issue.report.warnings": "Warnings (the import goes ahead):",
  "issue.report.ignored_sheets": "Ignored sheets:",
  "issue.report.ignored_columns": "Ignored columns:",
  "issue.where.file": "File",
  "issue.where.sheet": "Sheet '{sheet}'",
  "issue.where.row": "row {row}",
  "issue.where.column": "column {column}",
  "template.instructions": "Instructions",
  "template.title": "SOC Impact Monitor template",
  "template.line.sheets": "Each sheet is one dataset. Keep the sheet names and the header rows.",
  "template.line.example":
    "Row 2 of each sheet is an example: replace it with your own data or delete it.",
  "template.line.empty": "Empty sheets are skipped; you need not fill in everything at once.",
  "template.line.required": "Required columns are marked with * in the explanation below.",
  "template.line.values":
    "Amounts in euros (3000 or 3.000,50), dates as dates or as 1-3-2024, yes/no from the list.",
  "template.line.key": "A row is recognised by its key: importing again updates existing rows.",
  "template.line.errors":
    "With one error nothing is stored; the report names sheet, row and column of each error.",
  "template.criteria":
    "Assessments: one column per criterion of the edition's rubric (here the default rubric).",
  "template.sheet": "Sheet",
  "template.column": "Column",
  "template.required": "Required",
  "template.meaning": "Meaning",
  "template.allowed": "Allowed values",
  "template.yes": "yes",
  "template.no": "no",
};
