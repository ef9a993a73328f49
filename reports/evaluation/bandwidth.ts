// The bandwidth h as a user types it: score points on 0..100, with a
// decimal point or comma ("7.5", "7,5"). Nothing given: the default.
import { DEFAULT_BANDWIDTH } from "./rdd";

/** Above this every applicant of an edition is within reach of the line anyway. */
const MAX_BANDWIDTH = 100;

/** The bandwidth, or null where the text is not a number in (0, 100]. */
export function parseBandwidth(text: string | undefined): number | null {
  if (text === undefined) return DEFAULT_BANDWIDTH;
  const trimmed = text.trim();
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(",", "."));
  return value > 0 && value <= MAX_BANDWIDTH ? value : null;
}
