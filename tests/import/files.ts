// Writes import files for tests: workbooks with exceljs, CSV as text.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

export type Cell = string | number | boolean | Date | null;

/** A fresh folder per file, so the file keeps the name the test gives it. */
async function tempPath(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), "impact-import-")), name);
}

/** A workbook with one sheet per entry: the first row is the header. */
export async function writeWorkbook(
  sheets: Record<string, Cell[][]>,
  name = "gegevens.xlsx",
): Promise<{ file: string; name: string }> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
  }
  const file = await tempPath(name);
  await workbook.xlsx.writeFile(file);
  return { file, name };
}

export async function writeText(
  name: string,
  content: string | Buffer,
): Promise<{ file: string; name: string }> {
  const file = await tempPath(name);
  await writeFile(file, content);
  return { file, name };
}

/** A CSV file from rows, joined with `separator` (cells are written as given). */
export function csv(rows: (string | number)[][], separator = ";"): string {
  return `${rows.map((r) => r.join(separator)).join("\r\n")}\r\n`;
}
