// The choice of editions, as the command line and the JSON endpoint accept
// it: checked once here, with messages a policymaker understands.
import { z } from "zod";
import type { EditionFilter } from "../../core/metric-parts";

export const FILTER_KEYS = ["edition", "municipality", "from", "to", "theme"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The filter as given: repeatable values as lists, the others once. */
export interface FilterInput {
  edition?: readonly string[];
  municipality?: readonly string[];
  from?: string;
  to?: string;
  theme?: string;
}

export type FilterResult = { ok: true; filter: EditionFilter } | { ok: false; message: string };

const YEAR = "moet een jaartal tussen 2000 en 2100 zijn, zoals 2020";
const NOT_EMPTY = "mag niet leeg zijn";

const year = z
  .string()
  .trim()
  .regex(/^\d{4}$/, { message: YEAR })
  .transform(Number)
  .pipe(z.number().min(2000, { message: YEAR }).max(2100, { message: YEAR }));
const names = z.array(z.string().trim().min(1, { message: NOT_EMPTY })).default([]);

const filterSchema = z.object({
  edition: names,
  municipality: names,
  from: year.optional(),
  to: year.optional(),
  theme: z.string().trim().min(1, { message: NOT_EMPTY }).optional(),
});

function refused(problems: string[]): FilterResult {
  return { ok: false, message: `Ongeldige keuze van edities: ${problems.join("; ")}.` };
}

/**
 * Checks a filter; `name` says how the caller calls a key (`--from` on the
 * command line, `from` in a URL), so the message names what the user typed.
 */
export function parseFilter(input: FilterInput, name: (key: FilterKey) => string): FilterResult {
  const parsed = filterSchema.safeParse(input);
  if (!parsed.success) {
    return refused(
      parsed.error.issues.map((issue) => `${name(issue.path[0] as FilterKey)} ${issue.message}`),
    );
  }
  const { edition, municipality, from, to, theme } = parsed.data;
  if (from !== undefined && to !== undefined && from > to) {
    return refused([`${name("from")} mag niet later zijn dan ${name("to")}`]);
  }
  return {
    ok: true,
    filter: {
      ...(edition.length > 0 && { editionIds: edition }),
      ...(municipality.length > 0 && { municipalities: municipality }),
      ...(from !== undefined && { fromYear: from }),
      ...(to !== undefined && { toYear: to }),
      ...(theme !== undefined && { theme }),
    },
  };
}

const REPEATABLE: readonly FilterKey[] = ["edition", "municipality"];

function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** The filter of a URL query: `edition` and `municipality` may repeat, nothing else. */
export function parseFilterQuery(params: URLSearchParams): FilterResult {
  const keys = [...new Set(params.keys())];
  const unknown = keys.filter((key) => !isFilterKey(key));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `Onbekende parameter: ${unknown.join(", ")}. Mogelijk zijn: ${FILTER_KEYS.join(", ")}.`,
    };
  }
  const repeated = keys.filter(
    (key) => isFilterKey(key) && !REPEATABLE.includes(key) && params.getAll(key).length > 1,
  );
  if (repeated.length > 0) {
    return { ok: false, message: `Geef ${repeated.join(", ")} hoogstens één keer.` };
  }
  const single = (key: FilterKey) => params.get(key) ?? undefined;
  return parseFilter(
    {
      edition: params.getAll("edition"),
      municipality: params.getAll("municipality"),
      from: single("from"),
      to: single("to"),
      theme: single("theme"),
    },
    (key) => key,
  );
}
