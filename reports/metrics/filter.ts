// The choice of editions, as the command line and the JSON endpoint accept
// it: checked once here, with messages a policymaker understands.
import { z } from "zod";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
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

const year = z
  .string()
  .trim()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().min(2000).max(2100));
const names = z.array(z.string().trim().min(1)).default([]);

const filterSchema = z.object({
  edition: names,
  municipality: names,
  from: year.optional(),
  to: year.optional(),
  theme: z.string().trim().min(1).optional(),
});

/** What is wrong with a key's value: a year out of form, or an empty name. */
const PROBLEM_OF: Record<FilterKey, "filter.year" | "filter.notEmpty"> = {
  edition: "filter.notEmpty",
  municipality: "filter.notEmpty",
  from: "filter.year",
  to: "filter.year",
  theme: "filter.notEmpty",
};

function refused(problems: string[], language: Language): FilterResult {
  return {
    ok: false,
    message: translator(language)("filter.refused", { problems: problems.join("; ") }),
  };
}

/**
 * Checks a filter; `name` says how the caller calls a key (`--from` on the
 * command line, `from` in a URL), so the message names what the user typed.
 */
export function parseFilter(
  input: FilterInput,
  name: (key: FilterKey) => string,
  language: Language,
): FilterResult {
  const t = translator(language);
  const parsed = filterSchema.safeParse(input);
  if (!parsed.success) {
    const keys = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as FilterKey))];
    return refused(
      keys.map((key) => `${name(key)} ${t(PROBLEM_OF[key])}`),
      language,
    );
  }
  const { edition, municipality, from, to, theme } = parsed.data;
  if (from !== undefined && to !== undefined && from > to) {
    return refused([t("filter.fromAfterTo", { from: name("from"), to: name("to") })], language);
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
export function parseFilterQuery(params: URLSearchParams, language: Language): FilterResult {
  const t = translator(language);
  const keys = [...new Set(params.keys())];
  const unknown = keys.filter((key) => !isFilterKey(key));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: t("filter.unknownParameter", {
        unknown: unknown.join(", "),
        known: FILTER_KEYS.join(", "),
      }),
    };
  }
  const repeated = keys.filter(
    (key) => isFilterKey(key) && !REPEATABLE.includes(key) && params.getAll(key).length > 1,
  );
  if (repeated.length > 0) {
    return { ok: false, message: t("filter.once", { keys: repeated.join(", ") }) };
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
    language,
  );
}
