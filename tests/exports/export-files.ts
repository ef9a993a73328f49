// Reads back what the exports write: in memory, the way a researcher's
// program would open it (exceljs for workbooks, yauzl for zips).
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import yauzl from "yauzl";

/** Runs a writer into memory and returns everything it wrote. */
export async function written(write: (output: Writable) => Promise<void>): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => output.once("end", resolve));
  await write(output);
  await ended;
  return Buffer.concat(chunks);
}

export async function readWorkbook(buffer: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The header row's texts. */
export function headers(sheet: ExcelJS.Worksheet): string[] {
  const values = sheet.getRow(1).values as ExcelJS.CellValue[];
  return values.slice(1).map(String);
}

/** Every data row as an object keyed by header. */
export function records(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const names = headers(sheet);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push(Object.fromEntries(names.map((name, i) => [name, row.getCell(i + 1).value])));
  });
  return rows;
}

/** Every cell of every sheet, as text. */
export function allTexts(workbook: ExcelJS.Workbook): string[] {
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        texts.push(cell.value instanceof Date ? cell.value.toISOString() : String(cell.value));
      }),
    ),
  );
  return texts;
}

/** The files of a zip, by name. */
export async function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  );
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return files;
}
