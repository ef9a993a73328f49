// A metric value as people read it, by its unit: the catalogue decides the
// unit, reports/format.ts the conventions of the language.
import { formatEuro, formatNumber, formatPercent } from "../format";
import type { Language } from "../language";
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
