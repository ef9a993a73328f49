// Registered identifiers for the 360Giving open data (decision 022): a
// municipality's CBS code (`GM0014`) and, where known, its Chamber of
// Commerce (KvK) number, as IMPACT_360_FUNDERS gives them; and the check of
// an applicant's KvK number.

/** A municipality's registered identifiers. */
export interface FunderIds {
  /** CBS municipality code, `GM` and four digits. */
  cbsCode: string;
  /** KvK number, eight digits; null: not known, the identifier falls back to the prefix. */
  kvkNumber: string | null;
}

/** Per municipality, by its name in lower case. */
export type FunderTable = ReadonlyMap<string, FunderIds>;

export const CBS_CODE = /^GM\d{4}$/;
export const KVK_NUMBER = /^\d{8}$/;

/** How a municipality is looked up: its name, trimmed, in lower case. */
export const funderKey = (municipality: string): string => municipality.trim().toLowerCase();

/**
 * `Groningen=GM0014:01234567; Leeuwarden=GM0080`: per municipality its CBS
 * code and optionally `:` and its KvK number, separated by `;`. Null when
 * the text does not have that form.
 */
export function parseFunders(text: string): FunderTable | null {
  const table = new Map<string, FunderIds>();
  for (const part of text.split(";")) {
    if (part.trim() === "") continue;
    const match = /^([^=]+)=\s*(GM\d{4})\s*(?::\s*(\d{8}))?\s*$/.exec(part);
    const name = match?.[1]?.trim();
    if (!match?.[2] || !name) return null;
    table.set(funderKey(name), { cbsCode: match[2], kvkNumber: match[3] ?? null });
  }
  return table;
}

/**
 * 360Giving's codes for a grant to an individual (codelists
 * grantToIndividualsReason and grantToIndividualsPurpose): a microcredit
 * supports an initiative for a community or cause (GTIR120, social action)
 * and is start-up money for a social enterprise (GTIP140, employment and work).
 */
export const INDIVIDUAL_GRANT_REASON = "GTIR120";
export const INDIVIDUAL_GRANT_PURPOSE = "GTIP140";
