// Opens an import file as a series of sheets of raw rows, after checking that
// it is what its name says and stays within the limits. Workbooks and CSV
// files are read as streams: a large file is never held in memory whole.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { pipeline, Transform } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import type { NumberConvention, RawCell } from "../core/contract/value-types";
import { type ImportLimits, MB } from "../core/import-limits";
import type { IssueCode } from "./issues";
import { openXlsx, XlsxTooLargeError, type XlsxWorkbook } from "./xlsx-reader";

export interface RawRow {
  /** The spreadsheet's row number: the header is row 1. */
  number: number;
  cells: RawCell[];
}

export interface RawSheet {
  /** The sheet name, or the file name for a CSV file. */
  name: string;
  /** How numbers written as text are read in this sheet. */
  convention: NumberConvention;
  rows: AsyncIterable<RawRow>;
}

export interface ImportSource {
  kind: "xlsx" | "csv";
  /** The sheets' names in order (a CSV file: its name), known before any row is read. */
  sheetNames: string[];
  sheets: () => AsyncIterable<RawSheet>;
}

/** A problem with the file as a whole: nothing in it is imported. */
export class ImportFileError extends Error {
  constructor(readonly problem: IssueCode) {
    super(problem.code);
    this.name = "ImportFileError";
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]); // .xls and other old Office files

async function firstBytes(file: string, size: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function openWorkbook(file: string, limits: ImportLimits): Promise<ImportSource> {
  const head = await firstBytes(file, 4);
  if (head.equals(OLE_SIGNATURE)) throw new ImportFileError({ code: "file_old_excel" });
  if (!head.equals(ZIP_SIGNATURE))
    throw new ImportFileError({ code: "file_type", expected: "xlsx" });
  let workbook: XlsxWorkbook;
  try {
    workbook = await openXlsx(file, limits.maxUnpackedBytes);
  } catch (error) {
    if (error instanceof XlsxTooLargeError) {
      throw new ImportFileError({
        code: "zip_too_large",
        maxMb: limits.maxUnpackedBytes / MB,
      });
    }
    throw new ImportFileError({ code: "file_type", expected: "xlsx" });
  }
  return {
    kind: "xlsx",
    sheetNames: workbook.sheets.map((sheet) => sheet.name),
    async *sheets() {
      try {
        for (const sheet of workbook.sheets) {
          yield { name: sheet.name, convention: "point", rows: sheet.rows() };
        }
      } finally {
        workbook.close();
      }
    },
  };
}

/** Decodes UTF-8 strictly, so a file saved as Windows-1252 is refused, not garbled. */
function strictUtf8(): Transform {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(new ImportFileError({ code: "file_not_utf8" }));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(new ImportFileError({ code: "file_not_utf8" }));
      }
    },
  });
}

/** Dutch Excel writes `;`, others `,`: the header line tells which. */
function detectDelimiter(head: string): ";" | "," {
  const firstLine = head.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

async function* csvRows(file: string, delimiter: string): AsyncIterable<RawRow> {
  const parser = parseCsv({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  // pipeline, not pipe: a decoding error must reach the parser and end the loop below.
  pipeline(createReadStream(file), strictUtf8(), parser, (error) => {
    if (error) parser.destroy(error);
  });
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      yield { number, cells: record };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError({ code: "file_unreadable", reason: (error as Error).message });
  }
}

async function openCsv(file: string, name: string): Promise<ImportSource> {
  const head = await firstBytes(file, 64 * 1024);
  if (head.subarray(0, 4).equals(ZIP_SIGNATURE) || head.includes(0)) {
    throw new ImportFileError({ code: "file_type", expected: "csv" });
  }
  const delimiter = detectDelimiter(head.toString("utf8"));
  return {
    kind: "csv",
    sheetNames: [name],
    async *sheets() {
      yield {
        name,
        // In a semicolon-separated file the Dutch convention holds throughout.
        convention: delimiter === ";" ? "dutch" : "point",
        rows: csvRows(file, delimiter),
      };
    },
  };
}

/** Opens `file`, whose type is told by `fileName` (as uploaded or on disk). */
export async function openImportSource(
  file: string,
  fileName: string,
  limits: ImportLimits,
): Promise<ImportSource> {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === ".xlsx") return openWorkbook(file, limits);
  if (extension === ".csv") return openCsv(file, path.basename(fileName));
  if (extension === ".xls") throw new ImportFileError({ code: "file_old_excel" });
  throw new ImportFileError({ code: "file_extension" });
}
