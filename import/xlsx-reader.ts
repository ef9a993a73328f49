// A streaming reader for .xlsx workbooks: the zip's directory is read first,
// then the small parts (workbook, relationships, shared strings, styles), and
// then each sheet is streamed row by row. It does not depend on the order of
// the parts in the zip: exceljs' streaming reader does, and loses sheet
// names, shared strings and even whole sheets for workbooks written with the
// sheets first (as exceljs itself writes them).
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import type { RawCell } from "../core/contract/value-types";

export interface XlsxRow {
  number: number;
  cells: RawCell[];
}

export interface XlsxSheet {
  name: string;
  rows: () => AsyncIterable<XlsxRow>;
}

export interface XlsxWorkbook {
  unpackedBytes: number;
  sheets: XlsxSheet[];
  close: () => void;
}

export class XlsxFormatError extends Error {
  override name = "XlsxFormatError";
}

/** The workbook would unpack to more than allowed: a zip bomb, or simply too big. */
export class XlsxTooLargeError extends Error {
  override name = "XlsxTooLargeError";
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error || !zip ? reject(error ?? new XlsxFormatError("zip")) : resolve(zip),
    ),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(error ?? new XlsxFormatError(entry.fileName)) : resolve(stream),
    ),
  );
}

async function entryText(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<string> {
  if (!entry) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of await entryStream(zip, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, entity: string) => {
    if (entity[0] === "#") {
      const hex = entity[1] === "x" || entity[1] === "X";
      return String.fromCodePoint(Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return ENTITIES[entity] ?? match;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(/([\w:]+)="([^"]*)"/g)) {
    found.set(name as string, decodeXml(value as string));
  }
  return found;
}

/** The text of a string item: its <t> runs joined, phonetic runs left out. */
function itemText(xml: string): string {
  const visible = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const [, run] of visible.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += run;
  return decodeXml(text);
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => itemText(m[1] ?? ""));
}

// Built-in number formats that show a date or time (ECMA-376, 18.8.30).
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style (the `s` attribute): does it show a date? */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const [tag] of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const a = attributes(tag);
    custom.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map(([tag]) => {
    const id = Number(attributes(tag).get("numFmtId") ?? 0);
    return BUILT_IN_DATE_FORMATS.has(id) || isDateFormat(custom.get(id) ?? "");
  });
}

function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);

interface CellContext {
  strings: string[];
  dates: boolean[];
  epoch: number;
}

const isXmlSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The value of attribute `name` in a tag's attribute text, found with
 * indexOf: this runs for every cell, and a regular expression per attribute
 * was most of the reader's time.
 */
function attribute(attrs: string, name: string): string | undefined {
  const marker = `${name}="`;
  for (let at = attrs.indexOf(marker); at !== -1; at = attrs.indexOf(marker, at + 1)) {
    if (at === 0 || isXmlSpace(attrs.charCodeAt(at - 1))) {
      const start = at + marker.length;
      return attrs.slice(start, attrs.indexOf('"', start));
    }
  }
  return undefined;
}

function cellValue(attrs: string, body: string, ctx: CellContext): RawCell {
  const type = attribute(attrs, "t") ?? "n";
  if (type === "inlineStr") return itemText(body);
  const start = body.indexOf("<v>");
  if (start === -1) return null;
  const end = body.indexOf("</v>", start);
  if (end === -1) return null;
  const raw = body.slice(start + 3, end);
  switch (type) {
    case "s":
      return ctx.strings[Number(raw)] ?? null;
    case "b":
      return raw === "1";
    case "str":
    case "e":
      return decodeXml(raw);
    case "d":
      return new Date(raw);
    default: {
      const value = Number(raw);
      const style = Number(attribute(attrs, "s") ?? 0);
      if (ctx.dates[style]) return new Date(ctx.epoch + Math.round(value * 86_400_000));
      return value;
    }
  }
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function parseRow(xml: string, fallbackNumber: number, ctx: CellContext): XlsxRow {
  const open = /^<row\b[^>]*>/.exec(xml)?.[0] ?? "";
  const number = Number(/\br="(\d+)"/.exec(open)?.[1] ?? fallbackNumber);
  const cells: RawCell[] = [];
  let next = 0;
  CELL.lastIndex = open.length;
  for (let match = CELL.exec(xml); match !== null; match = CELL.exec(xml)) {
    const attrs = match[1] ?? "";
    const reference = attribute(attrs, "r");
    const column = reference ? columnIndex(reference) : -1;
    const index = column >= 0 ? column : next;
    cells[index] = cellValue(attrs, match[2] ?? "", ctx);
    next = index + 1;
  }
  for (let i = 0; i < cells.length; i += 1) cells[i] ??= null;
  return { number, cells };
}

async function* sheetRows(stream: Readable, ctx: CellContext): AsyncIterable<XlsxRow> {
  let buffer = "";
  let previous = 0;
  const decoder = new TextDecoder("utf-8");
  const rowPattern = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
  for await (const chunk of stream) {
    buffer += decoder.decode(chunk as Buffer, { stream: true });
    let consumed = 0;
    rowPattern.lastIndex = 0;
    for (let m = rowPattern.exec(buffer); m !== null; m = rowPattern.exec(buffer)) {
      const row = parseRow(m[0], previous + 1, ctx);
      previous = row.number;
      consumed = rowPattern.lastIndex;
      yield row;
    }
    buffer = buffer.slice(consumed);
  }
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
    const workbookXml = await entryText(zip, entries.get("xl/workbook.xml"));
    if (!workbookXml) throw new XlsxFormatError("no workbook part");
    const rels = await entryText(zip, entries.get("xl/_rels/workbook.xml.rels"));
    const targets = new Map<string, string>();
    for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const a = attributes(tag);
      const target = (a.get("Target") ?? "").replace(/^\/?(xl\/)?/, "xl/");
      targets.set(a.get("Id") ?? "", target);
    }
    const ctx: CellContext = {
      strings: [],
      dates: [],
      epoch: /date1904="(1|true)"/.test(workbookXml) ? EXCEL_1904_EPOCH : EXCEL_EPOCH,
    };
    const sheets: XlsxSheet[] = [];
    for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
      const a = attributes(tag);
      const entry = entries.get(targets.get(a.get("r:id") ?? "") ?? "");
      if (!entry) continue;
      sheets.push({
        name: a.get("name") ?? "",
        rows: async function* () {
          yield* sheetRows(await entryStream(zip, entry), ctx);
        },
      });
    }
    ctx.strings = sharedStrings(await entryText(zip, entries.get("xl/sharedStrings.xml")));
    ctx.dates = dateStyles(await entryText(zip, entries.get("xl/styles.xml")));
    return { unpackedBytes, sheets, close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
