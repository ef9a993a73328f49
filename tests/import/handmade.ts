// Workbooks made by hand, part by part, for the constructs of SpreadsheetML
// that one program or another writes: a namespace prefix, CDATA, inline and
// rich strings, error cells, ISO date cells, part names in another case, and
// zips that are damaged on purpose.
import { Buffer } from "node:buffer";
import yazl from "yazl";
import { writeText } from "./files";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandmadeOptions {
  /** The sheets' XML inside `<sheetData>`, by sheet name; `{p}` is the element prefix. */
  sheets: Record<string, string>;
  /** The shared string items' XML (inside `<sst>`), each a whole `<si>`. */
  strings?: string[];
  /** `cellXfs` number formats by style index (0 is General). */
  numFmts?: number[];
  /** Custom number formats: id → code. */
  customFormats?: Record<number, string>;
  /** An element prefix (`x`), as the .NET Open XML SDK writes. */
  prefix?: string;
  date1904?: boolean;
  /** Where the parts are: the workbook's and shared strings' names. */
  workbookPart?: string;
  sharedStringsPart?: string;
  /** What comes after `</sheetData>` in every sheet (merged cells, say). */
  afterData?: string;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** The parts of a workbook: name → content. */
export function workbookParts(options: HandmadeOptions): Record<string, string | Buffer> {
  const p = options.prefix ? `${options.prefix}:` : "";
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const workbookPart = options.workbookPart ?? "xl/workbook.xml";
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const stringsPart = options.sharedStringsPart ?? `${folder}sharedStrings.xml`;
  const names = Object.keys(options.sheets);
  const parts: Record<string, string | Buffer> = {};
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${workbookPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
  parts["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${workbookPart}"/></Relationships>`;
  const sheetEntries = names
    .map(
      (name, i) =>
        `<${p}sheet name="${escapeAttribute(name)}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`,
    )
    .join("");
  const workbookPr = options.date1904 ? `<${p}workbookPr date1904="1"/>` : "";
  parts[workbookPart] =
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}">${workbookPr}<${p}sheets>${sheetEntries}</${p}sheets></${p}workbook>`;
  const rels = names.map(
    (_, i) =>
      `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  // Targets relative to the workbook's folder, as most writers do; shared strings by their own name.
  const stringsTarget = stringsPart.startsWith(folder)
    ? stringsPart.slice(folder.length)
    : `/${stringsPart}`;
  rels.push(
    `<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="${stringsTarget}"/>`,
    `<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`,
  );
  parts[`${folder}_rels/${workbookPart.slice(folder.length)}.rels`] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`;
  names.forEach((name, i) => {
    parts[`${folder}worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns} xmlns:r="${REL}"><${p}sheetData>${(options.sheets[name] ?? "").replaceAll("{p}", p)}</${p}sheetData>${options.afterData ?? ""}</${p}worksheet>`;
  });
  const strings = options.strings ?? [];
  parts[stringsPart] =
    `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings.join("").replaceAll("{p}", p)}</${p}sst>`;
  const custom = Object.entries(options.customFormats ?? {});
  const numFmts = custom.length
    ? `<${p}numFmts count="${custom.length}">${custom.map(([id, code]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`).join("")}</${p}numFmts>`
    : "";
  const xfs = (options.numFmts ?? [0]).map((id) => `<${p}xf numFmtId="${id}" fontId="0"/>`);
  parts[`${folder}styles.xml`] =
    `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${ns}>${numFmts}<${p}cellXfs count="${xfs.length}">${xfs.join("")}</${p}cellXfs></${p}styleSheet>`;
  return parts;
}

/** A zip of `parts`, deflated unless `compress` is false. */
export function zipParts(parts: Record<string, string | Buffer>, compress = true): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(parts)) {
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8"), name, {
      compress,
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
  });
}

/** Writes a hand-made workbook; returns its path. */
export async function writeHandmade(options: HandmadeOptions, name = "handmade.xlsx") {
  return writeText(name, await zipParts(workbookParts(options)));
}

/** The central directory record of `fileName` in `zip`: its offset. */
function centralRecord(zip: Buffer, fileName: string): number {
  const name = Buffer.from(fileName, "utf8");
  for (let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at > 0; ) {
    const length = zip.readUInt16LE(at + 28);
    if (zip.subarray(at + 46, at + 46 + length).equals(name)) return at;
    at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1);
  }
  throw new Error(`${fileName} not in the zip`);
}

/** A zip whose directory says `fileName` unpacks to fewer bytes than it does. */
export function lyingSize(zip: Buffer, fileName: string): Buffer {
  const copy = Buffer.from(zip);
  const at = centralRecord(copy, fileName);
  copy.writeUInt32LE(Math.floor(copy.readUInt32LE(at + 24) / 2), at + 24);
  return copy;
}

/** A zip whose compressed data for `fileName` is garbage (an invalid deflate block). */
export function damagedStream(zip: Buffer, fileName: string): Buffer {
  const copy = Buffer.from(zip);
  const local = copy.readUInt32LE(centralRecord(copy, fileName) + 42);
  const dataStart = local + 30 + copy.readUInt16LE(local + 26) + copy.readUInt16LE(local + 28);
  copy.fill(0xff, dataStart, dataStart + 8);
  return copy;
}
