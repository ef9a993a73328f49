// What the file reader says about a file or a cell, in English, key for key
// the Dutch texts.
import type { readerNl } from "../nl/reader";

export const readerEn: Record<keyof typeof readerNl, string> = {
  "reader.cellError":
    "The cell holds the Excel error {error}. Fill in the value yourself, or empty the cell.",
  "reader.damaged":
    "The file is damaged or incomplete, for example because a download or copy was cut off. Download or copy it again; if that does not help, open it in Excel and save it again.",
  "reader.badPart":
    "A part of the workbook ({part}) cannot be read: {reason}. Open the workbook in Excel or LibreOffice and save it again as an Excel workbook (.xlsx).",
  "reader.encrypted":
    "This workbook is protected with a password and so cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, and empty the password) and save it again.",
  "reader.textAsWorkbook":
    "This file is a text file ({encoding}), not an Excel workbook, although it is named .xlsx. Give it the extension .txt or .csv, or open it in Excel and save it as an Excel workbook (.xlsx).",
  "reader.windows1252":
    "The file is not UTF-8 text, so it was read as Windows-1252 (Western European, what Excel's 'CSV (comma delimited)' writes). Check letters like é, ë and the euro sign; when in doubt, save the file as 'CSV UTF-8'.",
};
