// An access request (AVG article 15): everything stored about one
// registration, as JSON or as a workbook with a sheet per table. Nothing is
// left out, personal values included: the file is for the person themselves.
import ExcelJS from "exceljs";
import type { RegistrationRecord } from "../../db/queries/privacy.server";

/** The record as JSON text: the tables, then the import history's before-images. */
export function accessRequestJson(record: RegistrationRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

function cellOf(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

function addTable(workbook: ExcelJS.Workbook, name: string, rows: Record<string, unknown>[]) {
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  sheet.addRow(columns);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => cellOf(row[c])));
}

/** The record as an .xlsx workbook: one sheet per table, and one for the history. */
export async function accessRequestWorkbook(record: RegistrationRecord): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [table, rows] of Object.entries(record.tables)) addTable(workbook, table, rows);
  addTable(
    workbook,
    "import_changes",
    record.history.map((h) => ({ ...h, row: JSON.stringify(h.row) })),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
