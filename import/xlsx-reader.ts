// A streaming reader for .xlsx workbooks (ECMA-376 SpreadsheetML). The zip's
// directory is read first; the parts are found through the package's
// relationships (`_rels/.rels` names the workbook, the workbook's own
// relationships its sheets, shared strings and styles), with part names
// compared case-insensitively; the small parts are read before any sheet, and
// each sheet is then streamed row by row. It does not depend on the order of
// the parts in the zip: exceljs' streaming reader does, and loses sheet
// names, shared strings and even whole sheets for workbooks written with the
// sheets first (as exceljs itself writes them).
//
// The XML is read by conformant streaming tokenizers, so any namespace
// prefix (`x:row`, as the .NET Open XML SDK writes), entities, CDATA and
// `xml:space` read as XML says; the work is linear in the part's size, as
// nothing is rescanned. The small parts go through saxes (exceljs uses it
// too); the sheets and shared strings, where the time goes, through our own
// `XmlTokenizer` (./xml-tokens.ts), which tokenizes them in about half
// saxes' time and is tested to agree with it (tests/import/xml-tokens.test.ts).
import type { Readable } from "node:stream";
import { SaxesParser } from "saxes";
import yauzl from "yauzl";
import { CellError, type RawCell } from "../core/contract/value-types";
import { type XmlHandlers as FastHandlers, XmlTokenizer } from "./xml-tokens";

export interface XlsxRow {
  number: number;
  cells: RawCell[];
}

export interface XlsxSheet {
  name: string;
  /**
   * The sheet's rows that hold a value, in order. Rows with only styles are
   * skipped; when the sheet's last row is such a row, an empty row with its
   * number comes last, so that a row limit still sees how far the sheet goes.
   */
  rows: () => AsyncIterable<XlsxRow>;
}

export interface XlsxWorkbook {
  unpackedBytes: number;
  sheets: XlsxSheet[];
  close: () => void;
}

/** A zip that holds no workbook (a .docx renamed, say). */
export class XlsxFormatError extends Error {
  override name = "XlsxFormatError";
}

/** The zip itself is damaged: cut off, a lying size, a corrupt stream. */
export class XlsxDamagedError extends Error {
  override name = "XlsxDamagedError";
}

/** A part of the workbook is not well-formed XML. */
export class XlsxPartError extends Error {
  override name = "XlsxPartError";
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`${part}: ${reason}`);
  }
}

/** The workbook would unpack to more than allowed: a zip bomb, or simply too big. */
export class XlsxTooLargeError extends Error {
  override name = "XlsxTooLargeError";
}

const damaged = (error: unknown) =>
  error instanceof XlsxDamagedError
    ? error
    : new XlsxDamagedError(error instanceof Error ? error.message : String(error));

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error || !zip ? reject(damaged(error ?? "zip")) : resolve(zip),
    ),
  );
}

/** The zip's entries by their name in lower case: part names are case-insensitive. */
function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName.toLowerCase(), entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", (error) => reject(damaged(error)));
    zip.readEntry();
  });
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(damaged(error ?? entry.fileName)) : resolve(stream),
    ),
  );
}

/** The name without its namespace prefix: `x:row` is `row`. */
function local(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute by local name, whatever its prefix (`r:id`, `ns2:id`). */
function prefixed(attributes: Record<string, string>, name: string): string | undefined {
  const suffix = `:${name}`;
  for (const key in attributes) if (key.endsWith(suffix)) return attributes[key];
  return undefined;
}

interface XmlHandlers {
  open: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** What `feed` writes a part's text to: saxes or our tokenizer. */
interface XmlSink {
  write(text: string): unknown;
  close(): unknown;
}

/** A saxes parser that hands local names to `handlers`, and throws XlsxPartError for bad XML. */
function xmlParser(part: string, handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser({ position: false });
  parser.on("error", (error) => {
    throw new XlsxPartError(part, error.message);
  });
  const { open, close, text } = handlers;
  parser.on("opentag", (tag) => {
    const name = tag.name;
    open(name.includes(":") ? local(name) : name, tag.attributes as Record<string, string>);
  });
  if (close) {
    parser.on("closetag", (tag) => {
      const name = tag.name;
      close(name.includes(":") ? local(name) : name);
    });
  }
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  return parser;
}

/** The fast tokenizer for the large parts, with the same handlers and errors as `xmlParser`. */
function fastParser(part: string, handlers: FastHandlers): XmlTokenizer {
  return new XmlTokenizer(handlers, (reason) => {
    throw new XlsxPartError(part, reason);
  });
}

/**
 * Feeds a part's bytes to `parser` as they unpack, decoded as the part says
 * (UTF-8; UTF-16 when it starts with its byte-order mark). After each chunk
 * `between` runs: the sheet reader hands over the rows it completed there.
 */
async function* feed(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  parser: XmlSink,
): AsyncGenerator<void> {
  let decoder: TextDecoder | null = null;
  let stream: Readable;
  try {
    stream = await entryStream(zip, entry);
  } catch (error) {
    throw damaged(error);
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!decoder) {
        const utf16 =
          chunk[0] === 0xff && chunk[1] === 0xfe
            ? "utf-16le"
            : chunk[0] === 0xfe && chunk[1] === 0xff
              ? "utf-16be"
              : "utf-8";
        decoder = new TextDecoder(utf16);
      }
      parser.write(decoder.decode(chunk, { stream: true }));
      yield;
    }
    if (decoder) parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    stream.destroy();
    if (error instanceof XlsxPartError) throw error;
    throw damaged(error);
  }
}

async function readPart(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry | undefined,
  parser: (part: string) => XmlSink,
): Promise<void> {
  if (!entry) return;
  for await (const _ of feed(zip, entry, parser(entry.fileName))) {
    // the handlers collect what is needed
  }
}

interface Relationship {
  type: string;
  /** The target's part name, resolved, in lower case. */
  target: string;
}

/** The part a relationship's target names, resolved against the source part's folder. */
function resolvePart(sourcePart: string, target: string): string {
  const segments = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/").toLowerCase();
}

/** The relationships of `part` (from `folder/_rels/name.rels`), by id. */
async function relationships(
  zip: yauzl.ZipFile,
  entries: Map<string, yauzl.Entry>,
  part: string,
): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf("/");
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const found = new Map<string, Relationship>();
  await readPart(zip, entries.get(relsName.toLowerCase()), (partName) =>
    xmlParser(partName, {
      open(name, a) {
        if (name !== "Relationship" || a.TargetMode === "External") return;
        const target = a.Target ?? "";
        found.set(a.Id ?? "", { type: a.Type ?? "", target: resolvePart(part, target) });
      },
    }),
  );
  return found;
}

const ofType = (rels: Map<string, Relationship>, type: string) =>
  [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;

/** `_xHHHH_` escapes (ECMA-376 22.9.2.19): `_x000D_` is a carriage return, `_x005F_` an underscore. */
function unescapeText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/**
 * Collects string items (`<si>` in shared strings, `<is>` in a cell): the
 * text of their `<t>` runs, rich text included, phonetic runs (`<rPh>`) left
 * out.
 */
class StringItem {
  text = "";
  private inRun = false;
  private phonetic = 0;
  open(name: string) {
    if (name === "t") this.inRun = this.phonetic === 0;
    else if (name === "rPh") this.phonetic += 1;
  }
  close(name: string) {
    if (name === "t") this.inRun = false;
    else if (name === "rPh") this.phonetic -= 1;
  }
  add(text: string) {
    if (this.inRun) this.text += text;
  }
  take(): string {
    const text = unescapeText(this.text);
    this.text = "";
    return text;
  }
}

async function readSharedStrings(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry | undefined,
): Promise<string[]> {
  const strings: string[] = [];
  const item = new StringItem();
  let inItem = false;
  await readPart(zip, entry, (partName) =>
    fastParser(partName, {
      open(name) {
        if (name === "si") inItem = true;
        else if (inItem) item.open(name);
      },
      close(name) {
        if (name === "si") {
          inItem = false;
          strings.push(item.take());
        } else if (inItem) item.close(name);
      },
      text(text) {
        if (inItem) item.add(text);
      },
    }),
  );
  return strings;
}

// Built-in number formats that show a date or time (ECMA-376, 18.8.30).
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style (the `s` attribute): does it show a date? */
async function readDateStyles(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry | undefined,
): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await readPart(zip, entry, (partName) =>
    xmlParser(partName, {
      open(name, a) {
        if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    }),
  );
  return formats.map((id) => BUILT_IN_DATE_FORMATS.has(id) || isDateFormat(custom.get(id) ?? ""));
}

function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);

interface CellContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A time of day as text (`12:30:00`): what a time-only cell is. */
function timeText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${pad(Math.floor(seconds / 3600) % 24)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** A date-formatted number: a Date (as UTC), or a time of day for a serial below 1. */
function serialDate(serial: number, ctx: CellContext): RawCell {
  if (!Number.isFinite(serial)) return serial;
  if (serial >= 0 && serial < 1 && Math.round(serial * DAY_MS) < DAY_MS) {
    return timeText(serial * DAY_MS);
  }
  if (ctx.date1904) return new Date(EXCEL_1904_EPOCH + Math.round(serial * DAY_MS));
  // Excel's 1900 system counts a 29 February 1900 that never was.
  const days = serial > 0 && serial < 60 ? serial + 1 : serial;
  return new Date(EXCEL_EPOCH + Math.round(days * DAY_MS));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?/;

/**
 * A `t="d"` cell: an ISO 8601 date and time as written, without a time zone
 * (10 February 00:30 is 10 February wherever the server is). A time without
 * a date is a time of day; anything else stays the text it is.
 */
function isoCell(text: string): RawCell {
  const date = ISO_DATE.exec(text);
  if (date) {
    const [, y, mo, d, h, mi, s, frac] = date;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    const value = new Date(
      Date.UTC(
        Number(y),
        Number(mo) - 1,
        Number(d),
        Number(h ?? 0),
        Number(mi ?? 0),
        Number(s ?? 0),
        ms,
      ),
    );
    return Number.isNaN(value.getTime()) ? text : value;
  }
  const time = ISO_TIME.exec(text);
  if (time) return `${time[1]}:${time[2]}:${time[3] ?? "00"}`;
  return text;
}

function cellValue(
  type: string | undefined,
  style: string | undefined,
  v: string | null,
  inline: string | null,
  ctx: CellContext,
): RawCell {
  if (type === undefined || type === "n") {
    if (v === null || v === "") return null;
    const value = Number(v);
    if (Number.isNaN(value)) return v.trim() === "" ? null : v;
    if (style !== undefined && ctx.dates[Number(style)]) return serialDate(value, ctx);
    return value;
  }
  switch (type) {
    case "s":
      return v === null || v === "" ? null : (ctx.strings[Number(v)] ?? null);
    case "inlineStr":
      return inline ?? (v === null ? null : unescapeText(v));
    case "str":
      return v === null ? null : unescapeText(v);
    case "b":
      return v === null || v === "" ? null : v === "1" || v === "true";
    case "e":
      return v === null || v === "" ? null : new CellError(v);
    case "d":
      return v === null || v === "" ? null : isoCell(v);
    default:
      return v;
  }
}

const NO_CELLS: RawCell[] = [];

/** The rows of a sheet's XML as they complete, and the sheet's last row number. */
interface RowParser {
  parser: XmlSink;
  ready: XlsxRow[];
  /** At the end: an empty row with the last row's number, when that row held no value. */
  last: () => XlsxRow | null;
}

function rowParser(part: string, ctx: CellContext): RowParser {
  const ready: XlsxRow[] = [];
  let rowNumber = 0; // the current row's
  let lastGiven = 0; // the number of the last row handed over
  let cells: RawCell[] = [];
  let hasValue = false;
  let next = 0; // the column of a cell without a reference
  // the current cell
  let type: string | undefined;
  let style: string | undefined;
  let column = 0;
  let v: string | null = null;
  let inV = false;
  let inline: StringItem | null = null;
  let inInline = false;
  const parser = fastParser(part, {
    open(name, a) {
      switch (name) {
        case "c": {
          type = a.get("t");
          style = a.get("s");
          const reference = a.get("r");
          const index = reference ? columnIndex(reference) : -1;
          column = index >= 0 ? index : next;
          v = null;
          inline = null;
          return;
        }
        case "v":
          inV = true;
          v = "";
          return;
        case "row": {
          const r = a.get("r");
          rowNumber = r ? Number(r) : rowNumber + 1;
          next = 0;
          return;
        }
        case "is":
          inInline = true;
          inline = new StringItem();
          return;
        default:
          if (inInline) inline?.open(name);
      }
    },
    close(name) {
      switch (name) {
        case "c": {
          const value = cellValue(
            type,
            style,
            v,
            inline === null ? null : (inline as StringItem).take(),
            ctx,
          );
          if (value !== null) {
            cells[column] = value;
            hasValue = true;
          }
          next = column + 1;
          return;
        }
        case "v":
          inV = false;
          return;
        case "row":
          if (hasValue) {
            for (let i = 0; i < cells.length; i += 1) cells[i] ??= null;
            ready.push({ number: rowNumber, cells });
            lastGiven = rowNumber;
            cells = [];
            hasValue = false;
          }
          return;
        case "is":
          inInline = false;
          return;
        default:
          if (inInline) inline?.close(name);
      }
    },
    text(text) {
      if (inV) v += text;
      else if (inInline) inline?.add(text);
    },
  });
  const last = () => (rowNumber > lastGiven ? { number: rowNumber, cells: NO_CELLS } : null);
  return { parser, ready, last };
}

/**
 * A sheet's rows, streamed: each chunk of the part goes to the tokenizer once,
 * and the rows it completed are handed out one by one. An iterator rather
 * than an async generator: a generator costs a few promise turns per row.
 */
function sheetRows(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  ctx: CellContext,
): AsyncIterable<XlsxRow> {
  return {
    [Symbol.asyncIterator]() {
      const { parser, ready, last } = rowParser(entry.fileName, ctx);
      const chunks = feed(zip, entry, parser);
      let given = 0;
      let ended = false;
      const more = async (): Promise<IteratorResult<XlsxRow, undefined>> => {
        for (;;) {
          if (given < ready.length) return { done: false, value: ready[given++] as XlsxRow };
          ready.length = 0;
          given = 0;
          if (ended) return { done: true, value: undefined };
          if ((await chunks.next()).done) {
            ended = true;
            const row = last();
            if (row) ready.push(row);
          }
        }
      };
      return {
        next() {
          if (given < ready.length) {
            return Promise.resolve({ done: false, value: ready[given++] as XlsxRow });
          }
          return more();
        },
        async return() {
          await chunks.return(undefined);
          return { done: true, value: undefined };
        },
      };
    },
  };
}

export async function openXlsx(file: string, maxUnpackedBytes: number): Promise<XlsxWorkbook> {
  const zip = await openZip(file);
  try {
    const entries = await listEntries(zip);
    // The sizes the directory declares; yauzl refuses an entry that unpacks
    // to more than it declared, so a lying directory cannot get past this.
    let unpackedBytes = 0;
    for (const entry of entries.values()) unpackedBytes += entry.uncompressedSize;
    if (unpackedBytes > maxUnpackedBytes) throw new XlsxTooLargeError(String(unpackedBytes));
    const packageRels = await relationships(zip, entries, "");
    const workbookPart = ofType(packageRels, "officeDocument") ?? "xl/workbook.xml";
    const workbookEntry = entries.get(workbookPart);
    if (!workbookEntry) throw new XlsxFormatError("no workbook part");
    const workbookRels = await relationships(zip, entries, workbookPart);
    const declared: { name: string; id: string }[] = [];
    let date1904 = false;
    await readPart(zip, workbookEntry, (partName) =>
      xmlParser(partName, {
        open(name, a) {
          if (name === "sheet") declared.push({ name: a.name ?? "", id: prefixed(a, "id") ?? "" });
          else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
        },
      }),
    );
    const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
    const stringsPart = ofType(workbookRels, "sharedStrings") ?? `${folder}sharedstrings.xml`;
    const stylesPart = ofType(workbookRels, "styles") ?? `${folder}styles.xml`;
    const ctx: CellContext = {
      strings: await readSharedStrings(zip, entries.get(stringsPart)),
      dates: await readDateStyles(zip, entries.get(stylesPart)),
      date1904,
    };
    const sheets: XlsxSheet[] = [];
    for (const { name, id } of declared) {
      const entry = entries.get(workbookRels.get(id)?.target ?? "");
      if (!entry) continue;
      sheets.push({ name, rows: () => sheetRows(zip, entry, ctx) });
    }
    return { unpackedBytes, sheets, close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
