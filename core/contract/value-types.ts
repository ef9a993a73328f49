// The value types of the import contract (shared/spec/data.md, "Values") and
// how a raw cell becomes a stored value. Pure functions: the same parsing
// serves CSV text and workbook cells.

export type EnumOption = { value: string; alias?: string };

export type ValueType =
  | { kind: "text"; maxLength?: number }
  | { kind: "slug" }
  | { kind: "email" }
  /** A Chamber of Commerce (KvK) number: exactly 8 digits, kept as text. */
  | { kind: "kvk" }
  /** `;`-separated text, stored as a text array. */
  | { kind: "list" }
  | { kind: "integer"; min: number; max?: number }
  | {
      kind: "decimal";
      min: number;
      /** true: the value must be strictly greater than min. */
      minExclusive?: boolean;
      max?: number;
      /** Euros are stored to the cent; other decimals to four places. */
      euro?: boolean;
    }
  | { kind: "bool" }
  | { kind: "date" }
  | { kind: "enum"; options: readonly EnumOption[] };

/**
 * A workbook cell that holds an Excel error (`#N/A`, `#DIV/0!`, ...): its own
 * kind, so it is an error for that cell wherever it lands, never text.
 */
export class CellError {
  constructor(readonly error: string) {}
  toString(): string {
    return this.error;
  }
}

/**
 * A cell as a reader hands it over: text from CSV, typed values from a
 * workbook. A workbook's time of day without a date is text (`12:30:00`).
 */
export type RawCell = string | number | boolean | Date | CellError | null;

/** How text numbers are read: `dutch` when `.` groups thousands and `,` is the decimal mark. */
export type NumberConvention = "dutch" | "point";

export type ParseProblem =
  | { code: "required" }
  | { code: "not_text" }
  | { code: "too_long"; max: number }
  | { code: "not_slug" }
  | { code: "not_email" }
  | { code: "not_kvk" }
  | { code: "not_integer" }
  | { code: "not_number" }
  | { code: "too_many_decimals"; decimals: number }
  | { code: "below_min"; min: number; exclusive: boolean }
  | { code: "above_max"; max: number }
  | { code: "not_bool" }
  | { code: "not_date" }
  | { code: "not_enum"; options: readonly EnumOption[] }
  | { code: "reader_cell_error"; error: string };

export type Parsed<T = unknown> = { ok: true; value: T } | { ok: false; problem: ParseProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: ParseProblem): Parsed<never> => ({ ok: false, problem });

const SLUG = /^[a-z0-9][a-z0-9-]{1,63}$/;
// Deliberately simple: one @, no spaces, a dot in the domain. Mail servers
// decide the rest; the import only catches what is clearly not an address.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const KVK = /^\d{8}$/;

/** True for a cell that means "not given". */
export function isEmptyCell(cell: RawCell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** Text as a person typed it: workbook numbers and dates become their text. */
function cellText(cell: Exclude<RawCell, null>): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const DUTCH_GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const DUTCH_PLAIN = /^-?\d+(,\d+)?$/;
const POINT_DECIMAL = /^-?\d+(\.\d+)?$/;
const PLAIN_INTEGER = /^-?\d+$/;

/**
 * A number written as text. In the Dutch convention `.` groups thousands and
 * `,` is the decimal mark; a value with `,` or `€` is always Dutch. `€` and
 * spaces are ignored, and `,-` means whole euros (`€ 3.000,-`).
 */
export function parseNumberText(text: string, convention: NumberConvention): number | null {
  // Fast paths for what most cells hold, with the same result as the full
  // reading below: digits alone mean the same in both conventions, and a
  // point decimal in the point convention is what Number reads.
  if (PLAIN_INTEGER.test(text)) return Number(text);
  if (convention === "point" && POINT_DECIMAL.test(text)) return Number(text);
  let t = text.replace(/[\s\u00a0\u202f]/g, "");
  const dutch = convention === "dutch" || t.includes(",") || t.includes("€");
  t = t.replace("€", "").replace(/,[-–]$/, "");
  if (t === "" || t === "-") return null;
  if (dutch) {
    if (!DUTCH_GROUPED.test(t) && !DUTCH_PLAIN.test(t)) return null;
    return Number(t.replace(/\./g, "").replace(",", "."));
  }
  return POINT_DECIMAL.test(t) ? Number(t) : null;
}

function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  if (text.includes("e")) return 20;
  const point = text.indexOf(".");
  return point === -1 ? 0 : text.length - point - 1;
}

/** Rounds away binary noise (3000.1 stored as 3000.0999999) before counting decimals. */
function tidy(value: number, places: number): number {
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  return Math.abs(rounded - value) < 1e-9 * Math.max(1, Math.abs(value)) ? rounded : value;
}

function parseDecimal(
  cell: Exclude<RawCell, null>,
  type: Extract<ValueType, { kind: "decimal" }>,
  convention: NumberConvention,
): Parsed<number> {
  const places = type.euro ? 2 : 4;
  let value: number | null;
  if (typeof cell === "number") value = tidy(cell, places);
  else if (typeof cell === "string") value = parseNumberText(cell, convention);
  else value = null;
  if (value === null || !Number.isFinite(value)) return fail({ code: "not_number" });
  const decimals = decimalsOf(value);
  if (decimals > places) return fail({ code: "too_many_decimals", decimals: places });
  if (type.minExclusive ? value <= type.min : value < type.min) {
    return fail({ code: "below_min", min: type.min, exclusive: type.minExclusive === true });
  }
  if (type.max !== undefined && value > type.max) return fail({ code: "above_max", max: type.max });
  return ok(value);
}

function parseInteger(
  cell: Exclude<RawCell, null>,
  type: Extract<ValueType, { kind: "integer" }>,
): Parsed<number> {
  let value: number | null = null;
  if (typeof cell === "number") value = cell;
  else if (typeof cell === "string") {
    const t = cell.trim();
    // `12` and `12.0` (what some programs write for a whole number)
    if (/^-?\d+(\.0+)?$/.test(t)) value = Number.parseInt(t, 10);
  }
  if (value === null || !Number.isSafeInteger(value)) return fail({ code: "not_integer" });
  if (value < type.min) return fail({ code: "below_min", min: type.min, exclusive: false });
  if (type.max !== undefined && value > type.max) return fail({ code: "above_max", max: type.max });
  return ok(value);
}

// "waar"/"onwaar": what Dutch Excel writes for TRUE/FALSE in a CSV export.
const TRUE_WORDS = new Set(["ja", "yes", "true", "1", "x", "waar"]);
const FALSE_WORDS = new Set(["nee", "no", "false", "0", "onwaar"]);

function parseBool(cell: Exclude<RawCell, null>): Parsed<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  if (typeof cell === "number" && (cell === 0 || cell === 1)) return ok(cell === 1);
  if (typeof cell === "string") {
    const word = cell.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return ok(true);
    if (FALSE_WORDS.has(word)) return ok(false);
  }
  return fail({ code: "not_bool" });
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day || year < 1900 || year > 2199) return null;
  return date.toISOString().slice(0, 10);
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug included). Only
// serials of 2000..2100 are taken as dates: a stray small number is an error.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_SERIAL_2000 = 36526;
const EXCEL_SERIAL_2101 = 73416;

export function parseDateCell(cell: Exclude<RawCell, null>): Parsed<string> {
  if (cell instanceof Date) {
    // Workbook dates arrive as midnight UTC of the calendar day; a time part
    // from a date-time cell is dropped, the day is what the contract stores.
    return Number.isNaN(cell.getTime())
      ? fail({ code: "not_date" })
      : ok(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < EXCEL_SERIAL_2000 || cell >= EXCEL_SERIAL_2101) {
      return fail({ code: "not_date" });
    }
    return ok(new Date(EXCEL_EPOCH_MS + cell * 86_400_000).toISOString().slice(0, 10));
  }
  if (typeof cell !== "string") return fail({ code: "not_date" });
  const t = cell.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dayFirst = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  const date = iso
    ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : dayFirst
      ? isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]))
      : null;
  return date ? ok(date) : fail({ code: "not_date" });
}

function parseEnum(cell: Exclude<RawCell, null>, options: readonly EnumOption[]): Parsed<string> {
  const word = cellText(cell).toLowerCase();
  const match = options.find((o) => o.value === word || o.alias === word);
  return match ? ok(match.value) : fail({ code: "not_enum", options });
}

/**
 * Parses one non-empty cell. Empty cells are handled by the caller, because
 * what "not given" means (null, a default, an error) depends on the column.
 */
export function parseCell(
  cell: Exclude<RawCell, null>,
  type: ValueType,
  convention: NumberConvention,
): Parsed {
  if (cell instanceof CellError) return fail({ code: "reader_cell_error", error: cell.error });
  switch (type.kind) {
    case "text": {
      if (typeof cell === "boolean") return fail({ code: "not_text" });
      const text = cellText(cell);
      if (type.maxLength !== undefined && text.length > type.maxLength) {
        return fail({ code: "too_long", max: type.maxLength });
      }
      return ok(text);
    }
    case "slug": {
      const text = cellText(cell);
      return SLUG.test(text) ? ok(text) : fail({ code: "not_slug" });
    }
    case "email": {
      const text = cellText(cell);
      return EMAIL.test(text) ? ok(text) : fail({ code: "not_email" });
    }
    case "kvk": {
      // Excel drops a leading zero when the number was typed into a number cell.
      if (typeof cell === "number") {
        return Number.isInteger(cell) && cell > 0 && cell < 1e8
          ? ok(String(cell).padStart(8, "0"))
          : fail({ code: "not_kvk" });
      }
      const text = cellText(cell);
      return typeof cell === "string" && KVK.test(text) ? ok(text) : fail({ code: "not_kvk" });
    }
    case "list":
      return ok(
        cellText(cell)
          .split(";")
          .map((part) => part.trim())
          .filter((part) => part !== ""),
      );
    case "integer":
      return parseInteger(cell, type);
    case "decimal":
      return parseDecimal(cell, type, convention);
    case "bool":
      return parseBool(cell);
    case "date":
      return parseDateCell(cell);
    case "enum":
      return parseEnum(cell, type.options);
  }
}
