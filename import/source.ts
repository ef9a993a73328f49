// Opens an import file as a series of sheets of raw rows, after checking that
// it is what its name says and stays within the limits. Workbooks and CSV
// files are read as streams: a large file is never held in memory whole.
// Text files (.csv, .txt) are read in the encoding they have (UTF-8 with or
// without BOM, UTF-16 as Excel's "Unicode-tekst" writes it, Windows-1252 as
// Dutch Excel's plain CSV, with a warning) and with the separator their
// header uses.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline, type Readable, Transform } from "node:stream";
import { pipeline as pipelineAsync } from "node:stream/promises";
import { parse as parseCsv } from "csv-parse";
import yauzl from "yauzl";
import type { NumberConvention, RawCell } from "../core/contract/value-types";
import { type ImportLimits, MB } from "../core/import-limits";
import type { IssueCode } from "./issues";
import {
  openXlsx,
  XlsxFormatError,
  XlsxPartError,
  XlsxTooLargeError,
  type XlsxWorkbook,
} from "./xlsx-reader";

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
  /** zip: a zip of CSV files, as the CSV export writes (one file per dataset). */
  kind: "xlsx" | "csv" | "zip";
  /** The sheets' names in order (a CSV file: its name), known before any row is read. */
  sheetNames: string[];
  /** What the reader noticed about the file that does not refuse it (an encoding guessed). */
  warnings: IssueCode[];
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
// Compound File Binary (OLE): old .xls, and also an encrypted (password-protected) .xlsx.
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

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

const FREE_SECTOR = 0xfffffffc; // this and above: free, end of chain, FAT or DIFAT sector

/**
 * The names of the entries in a Compound File Binary file's directory
 * ([MS-CFB]): `EncryptionInfo` and `EncryptedPackage` for an encrypted
 * workbook, `Workbook` (or `Book`) for an old .xls. Empty when the file is not
 * a valid CFB file.
 */
async function cfbNames(file: string): Promise<Set<string>> {
  const names = new Set<string>();
  const handle = await open(file, "r");
  try {
    const header = Buffer.alloc(512);
    await handle.read(header, 0, 512, 0);
    const shift = header.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) return names;
    const sectorSize = 1 << shift;
    const perSector = sectorSize / 4;
    const readSector = async (sector: number) => {
      const buffer = Buffer.alloc(sectorSize);
      const { bytesRead } = await handle.read(buffer, 0, sectorSize, (sector + 1) * sectorSize);
      if (bytesRead < sectorSize) throw new Error("short sector");
      return buffer;
    };
    // Where the FAT's sectors are: 109 in the header, the rest in the DIFAT chain.
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i += 1) fatSectors.push(header.readUInt32LE(0x4c + i * 4));
    let difat = header.readUInt32LE(0x44);
    for (let n = 0; difat < FREE_SECTOR && n < 10_000; n += 1) {
      const sector = await readSector(difat);
      for (let i = 0; i < perSector - 1; i += 1) fatSectors.push(sector.readUInt32LE(i * 4));
      difat = sector.readUInt32LE((perSector - 1) * 4);
    }
    const fatCache = new Map<number, Buffer>();
    const nextSector = async (sector: number) => {
      const fatIndex = Math.floor(sector / perSector);
      const fatSector = fatSectors[fatIndex];
      if (fatSector === undefined || fatSector >= FREE_SECTOR) return FREE_SECTOR;
      let fat = fatCache.get(fatIndex);
      if (!fat) {
        fat = await readSector(fatSector);
        fatCache.set(fatIndex, fat);
      }
      return fat.readUInt32LE((sector % perSector) * 4);
    };
    // The directory: 128-byte entries, each named in UTF-16LE.
    let sector = header.readUInt32LE(0x30);
    for (let n = 0; sector < FREE_SECTOR && n < 10_000; n += 1) {
      const entries = await readSector(sector);
      for (let at = 0; at < sectorSize; at += 128) {
        const length = entries.readUInt16LE(at + 0x40);
        if (length >= 2 && length <= 64) {
          names.add(entries.toString("utf16le", at, at + length - 2));
        }
      }
      sector = await nextSector(sector);
    }
  } catch {
    // A damaged CFB file: whatever names were found are all there is.
  } finally {
    await handle.close();
  }
  return names;
}

/** What a CFB file holds: an encrypted workbook, an old Excel file, or something else. */
async function cfbProblem(file: string, expected: "xlsx" | "csv"): Promise<IssueCode> {
  const names = await cfbNames(file);
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) {
    return { code: "reader_encrypted" };
  }
  if (names.has("Workbook") || names.has("Book") || names.size === 0) {
    return { code: "file_old_excel" };
  }
  return { code: "file_type", expected };
}

/** Turns whatever stops a workbook's reading into an error about the file. */
function workbookProblem(error: unknown, limits: ImportLimits): IssueCode {
  if (error instanceof ImportFileError) return error.problem;
  if (error instanceof XlsxTooLargeError) {
    return { code: "zip_too_large", maxMb: limits.maxUnpackedBytes / MB };
  }
  if (error instanceof XlsxFormatError) return { code: "file_type", expected: "xlsx" };
  if (error instanceof XlsxPartError) {
    return { code: "reader_bad_part", part: error.part, reason: error.reason };
  }
  return { code: "reader_damaged" };
}

/** `rows`, with whatever stops them turned into an error about the file (no generator: it runs per row). */
function fileErrors<T>(rows: AsyncIterable<T>, limits: ImportLimits): AsyncIterable<T> {
  const fail = (error: unknown): never => {
    throw new ImportFileError(workbookProblem(error, limits));
  };
  return {
    [Symbol.asyncIterator]() {
      const inner = rows[Symbol.asyncIterator]();
      return {
        next: () => inner.next().catch(fail),
        return: async (value?: unknown) =>
          inner.return ? inner.return(value).catch(fail) : { done: true, value: undefined },
      };
    },
  };
}

async function openWorkbook(file: string, limits: ImportLimits): Promise<ImportSource> {
  const head = await firstBytes(file, 64 * 1024);
  if (head.subarray(0, 8).equals(CFB_SIGNATURE)) {
    throw new ImportFileError(await cfbProblem(file, "xlsx"));
  }
  if (!head.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    const text = textEncoding(head);
    throw new ImportFileError(
      text && looksLikeText(head, text)
        ? { code: "reader_text_as_workbook", encoding: ENCODING_NAMES[text] }
        : { code: "file_type", expected: "xlsx" },
    );
  }
  let workbook: XlsxWorkbook;
  try {
    workbook = await openXlsx(file, limits.maxUnpackedBytes);
  } catch (error) {
    throw new ImportFileError(workbookProblem(error, limits));
  }
  return {
    kind: "xlsx",
    sheetNames: workbook.sheets.map((sheet) => sheet.name),
    warnings: [],
    async *sheets() {
      try {
        for (const sheet of workbook.sheets) {
          yield { name: sheet.name, convention: "point", rows: fileErrors(sheet.rows(), limits) };
        }
      } finally {
        workbook.close();
      }
    },
  };
}

type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

const ENCODING_NAMES: Record<TextEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16, Unicode",
  "utf-16be": "UTF-16, Unicode",
  "windows-1252": "Windows-1252",
};

/**
 * The encoding of a text file from its first bytes: a byte-order mark, else
 * UTF-16 by its zero bytes (every other byte of Latin text), else UTF-8 or,
 * when that is not valid, Windows-1252 (decided over the whole file by
 * `isUtf8File`). null for a file that is not text at all.
 */
function textEncoding(head: Buffer): TextEncoding | null {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  let even = 0;
  let odd = 0;
  const sample = Math.min(head.length, 4096) & ~1;
  for (let i = 0; i < sample; i += 2) {
    if (head[i] === 0) even += 1;
    if (head[i + 1] === 0) odd += 1;
  }
  if (even + odd === 0) return "utf-8";
  if (odd > sample / 4 && even === 0) return "utf-16le";
  if (even > sample / 4 && odd === 0) return "utf-16be";
  return null;
}

/** Text, not just bytes without zeros: it decodes, and holds no control characters but tab and line breaks. */
function looksLikeText(head: Buffer, encoding: TextEncoding): boolean {
  const sample = head.subarray(0, Math.min(head.length, 4096) & ~1);
  const text = new TextDecoder(encoding).decode(sample);
  for (let i = 0; i < text.length - 1; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13)) return false;
  }
  return true;
}

/** Is the whole file valid UTF-8? Read once before the rows, so nothing is read half in one encoding. */
async function isUtf8File(file: string): Promise<boolean> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

// Windows-1252's 0x80..0x9f (Node's TextDecoder reads "windows-1252" as Latin-1).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(chunk: Buffer): string {
  const text = chunk.toString("latin1");
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string)
    : text;
}

/** Decodes the file's bytes as `encoding`; a BOM is dropped. */
function decoding(encoding: TextEncoding): Transform {
  if (encoding === "windows-1252") {
    return new Transform({
      transform(chunk: Buffer, _encoding, done) {
        done(null, decodeWindows1252(chunk));
      },
    });
  }
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
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

type Separator = ";" | "," | "\t";

/**
 * The separator from the header line: Dutch Excel writes `;`, others `,`,
 * Excel's "Unicode-tekst" a tab. The most frequent outside quotes wins; a tie
 * between `;` and `,` is `,`. A line without any (a title above the header)
 * does not decide: the first line of the head that has one does.
 */
function detectSeparator(head: string): Separator {
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const char of head.replace(/^\uFEFF/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (counts[";"] + counts[","] + counts["\t"] > 0) break;
    } else if (!quoted && (char === ";" || char === "," || char === "\t")) counts[char] += 1;
  }
  if (counts["\t"] > counts[";"] && counts["\t"] > counts[","]) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
}

async function* csvRows(
  file: string,
  encoding: TextEncoding,
  delimiter: Separator,
): AsyncIterable<RawRow> {
  const parser = parseCsv({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  // pipeline, not pipe: a decoding error must reach the parser and end the loop below.
  pipeline(createReadStream(file), decoding(encoding), parser, (error) => {
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
  if (head.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new ImportFileError({ code: "file_type", expected: "csv" });
  }
  if (head.subarray(0, 8).equals(CFB_SIGNATURE)) {
    throw new ImportFileError(await cfbProblem(file, "csv"));
  }
  let encoding = textEncoding(head);
  if (encoding === null) throw new ImportFileError({ code: "file_type", expected: "csv" });
  const warnings: IssueCode[] = [];
  if (encoding === "utf-8" && !(await isUtf8File(file))) {
    encoding = "windows-1252";
    warnings.push({ code: "reader_windows1252" });
  }
  const headText =
    encoding === "windows-1252"
      ? decodeWindows1252(head)
      : new TextDecoder(encoding).decode(head.subarray(0, head.length & ~1));
  const delimiter = detectSeparator(headText);
  const textEncodingOf = encoding;
  return {
    kind: "csv",
    sheetNames: [name],
    warnings,
    async *sheets() {
      yield {
        name,
        // Dutch Excel's separated files (`;`, and the tab of its Unicode
        // text) write numbers the Dutch way throughout.
        convention: delimiter === "," ? "point" : "dutch",
        rows: csvRows(file, textEncodingOf, delimiter),
      };
    },
  };
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error || !zip ? reject(error) : resolve(zip),
    ),
  );
}

function zipEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", reject);
    zip.readEntry();
  });
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(error) : resolve(stream),
    ),
  );
}

/** The CSV files of a zip: its .csv and .txt entries, not folders or a Mac's __MACOSX. */
function isCsvEntry(entry: yauzl.Entry): boolean {
  const name = entry.fileName;
  return (
    !name.endsWith("/") &&
    !name.split("/").some((part) => part === "__MACOSX" || part.startsWith(".")) &&
    /\.(csv|txt)$/i.test(name)
  );
}

/**
 * A zip of CSV files, as the CSV export writes: each file is read as a CSV
 * file of its own (its encoding and separator its own), named by its file
 * name. The same limit as a workbook's holds: the files may unpack to
 * maxUnpackedBytes together, checked against the sizes the zip declares
 * before anything is unpacked and against the bytes as they are unpacked
 * (a zip bomb can lie about its sizes; yauzl also refuses an entry longer
 * than it declares). The files are unpacked to a temporary folder, removed
 * when the sheets have been read.
 */
async function openCsvZip(file: string, limits: ImportLimits): Promise<ImportSource> {
  const head = await firstBytes(file, 8);
  if (!head.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new ImportFileError({ code: "file_type", expected: "zip" });
  }
  const tooLarge = () =>
    new ImportFileError({ code: "zip_too_large", maxMb: limits.maxUnpackedBytes / MB });
  let zip: yauzl.ZipFile;
  let entries: yauzl.Entry[];
  try {
    zip = await openZip(file);
    entries = (await zipEntries(zip)).filter(isCsvEntry);
  } catch {
    throw new ImportFileError({ code: "file_type", expected: "zip" });
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUnpackedBytes) {
    zip.close();
    throw tooLarge();
  }
  if (entries.length === 0) {
    zip.close();
    throw new ImportFileError({ code: "zip_nothing" });
  }
  const folder = await mkdtemp(path.join(tmpdir(), "impact-zip-"));
  const unpacked: { name: string; file: string }[] = [];
  try {
    let total = 0;
    for (const [index, entry] of entries.entries()) {
      const target = path.join(folder, `${index}.csv`);
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          total += chunk.length;
          done(total > limits.maxUnpackedBytes ? tooLarge() : null, chunk);
        },
      });
      await pipelineAsync(await entryStream(zip, entry), counter, createWriteStream(target));
      unpacked.push({ name: path.posix.basename(entry.fileName), file: target });
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError({ code: "reader_damaged" });
  } finally {
    zip.close();
  }
  const opened: ImportSource[] = [];
  try {
    for (const { name, file: csvFile } of unpacked) opened.push(await openCsv(csvFile, name));
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    kind: "zip",
    sheetNames: unpacked.map((u) => u.name),
    warnings: [...new Set(opened.flatMap((o) => o.warnings.map((w) => JSON.stringify(w))))].map(
      (w) => JSON.parse(w) as IssueCode,
    ),
    async *sheets() {
      try {
        for (const source of opened) yield* source.sheets();
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
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
  if (extension === ".csv" || extension === ".txt") return openCsv(file, path.basename(fileName));
  if (extension === ".zip") return openCsvZip(file, limits);
  if (extension === ".xls") throw new ImportFileError({ code: "file_old_excel" });
  throw new ImportFileError({ code: "file_extension" });
}
