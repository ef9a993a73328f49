// A metric value as people read it, by its unit: the catalogue decides the
// unit, core/format.ts the conventions of the language.
import { formatEuro, formatNumber, formatPercent } from "../../core/format";
import type { Language } from "../../core/language";
import type { MetricUnit } from "./definitions";

const DECIMALS: Record<Exclude<MetricUnit, "euro" | "share" | "share_difference">, number> = {
  count: 0,
  ratio: 2,
  score: 1,
  rating: 1,
  probability: 2,
  fte: 2,
  hours: 2,
  nps: 0,
};

export function formatMetricValue(
  unit: MetricUnit,
  value: number | null,
  language: Language,
): string {
  if (unit === "euro") return formatEuro(value, language);
  if (unit === "share") return formatPercent(value, language, 1);
  if (unit === "share_difference") return percentagePoints(value, language);
  return formatNumber(value, language, DECIMALS[unit]);
}

/**
 * A difference of two shares, with its sign, in percentage points ("+2,5 pp"),
 * not in percent, which would read as relative.
 */
function percentagePoints(value: number | null, language: Language): string {
  if (value === null) return formatNumber(null, language);
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${formatNumber(Math.abs(value) * 100, language, 1)} pp`;
}

/**
 * A change between two values of a metric, with its sign: shares and their
 * differences change in percentage points.
 */
export function formatMetricDelta(
  unit: MetricUnit,
  value: number | null,
  language: Language,
): string {
  if (unit === "share" || unit === "share_difference") return percentagePoints(value, language);
  if (value === null) return formatNumber(null, language);
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${formatMetricValue(unit, Math.abs(value), language)}`;
}
