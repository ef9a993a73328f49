// A metric value as people read it, by its unit: the catalogue decides the
// unit, core/format.ts the conventions of the language.
import { formatEuro, formatNumber, formatPercent } from "../../core/format";
import type { Language } from "../../core/language";
import type { MetricUnit } from "./definitions";

const DECIMALS: Record<Exclude<MetricUnit, "euro" | "share">, number> = {
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
  return formatNumber(value, language, DECIMALS[unit]);
}

/**
 * A change between two values of a metric, with its sign: shares change in
 * percentage points ("+2,5 pp"), not in percent, which would read as relative.
 */
export function formatMetricDelta(
  unit: MetricUnit,
  value: number | null,
  language: Language,
): string {
  if (value === null) return formatNumber(null, language);
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  const size = Math.abs(value);
  if (unit === "share") return `${sign}${formatNumber(size * 100, language, 1)} pp`;
  return `${sign}${formatMetricValue(unit, size, language)}`;
}
