// The one place numbers, money and dates are formatted. Dutch conventions by
// default (`€ 3.000,00`, `1,5`, `14 april 2021`); English ones in English.
import type { Language } from "./language";

const LOCALES: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

/** Shown wherever a figure cannot be computed (null). */
export const MISSING = "–";

// Making an Intl formatter costs far more than using one, and a page of
// hundreds of editions formats thousands of figures: one per kind, kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** `kind` names `options` (with their digits): a page formats thousands of figures, so no JSON per figure. */
function numberFormat(
  language: Language,
  kind: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${language} ${kind}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    formatters.set(key, format);
  }
  return format as Intl.NumberFormat;
}

function dateFormat(language: Language): Intl.DateTimeFormat {
  const key = `${language} date`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long", timeZone: "UTC" });
    formatters.set(key, format);
  }
  return format as Intl.DateTimeFormat;
}

// Intl separates the euro sign with a no-break space; keep it, so the sign
// never wraps away from its amount.
export function formatEuro(value: number | null, language: Language, cents = true): string {
  if (value === null) return MISSING;
  const digits = cents ? 2 : 0;
  return numberFormat(language, `euro ${digits}`, {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatNumber(value: number | null, language: Language, maxDecimals = 1): string {
  if (value === null) return MISSING;
  return numberFormat(language, `number ${maxDecimals}`, {
    maximumFractionDigits: maxDecimals,
  }).format(value);
}

/** Always `decimals` decimals: amounts in sentences ("6.000,00"). */
export function formatFixed(value: number, language: Language, decimals = 2): string {
  return numberFormat(language, `fixed ${decimals}`, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A moment as date and time in Dutch time ("14 apr 2021, 09:30"). */
export function formatDateTime(instant: Date | string, language: Language): string {
  const key = `${language} datetime`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Europe/Amsterdam",
    });
    formatters.set(key, format);
  }
  return (format as Intl.DateTimeFormat).format(new Date(instant));
}

/** A share (0.25) as a percentage ("25%"). */
export function formatPercent(value: number | null, language: Language, maxDecimals = 0): string {
  if (value === null) return MISSING;
  return numberFormat(language, `percent ${maxDecimals}`, {
    style: "percent",
    maximumFractionDigits: maxDecimals,
  }).format(value);
}

/** An ISO date (`2021-04-14`) as a long date ("14 april 2021"). */
export function formatDate(isoDate: string | null, language: Language): string {
  if (isoDate === null) return MISSING;
  const [year, month, day] = isoDate.split("-").map(Number);
  if (!year || !month || !day) return isoDate;
  // Noon UTC, formatted in UTC: the calendar day cannot shift by time zone.
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return dateFormat(language).format(date);
}

/**
 * The calendar day (ISO) in the Netherlands at `instant`: the day a
 * registration is made or an award given on, whatever the server's zone.
 */
export function dayInNetherlands(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(instant);
}
