// GET /api/metrics: the machine-readable metrics of shared/spec/metrics.md,
// the same JSON as `impact metrics --json`. Query: edition and municipality
// (both repeatable), from and to (years), theme.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { currentUser, scopedFilter, withScope } from "~/auth.server";
import { errorText } from "~/i18n/error-text";
import { languageOf } from "~/i18n/language.server";
import {
  metricsJsonGzip,
  metricsJsonText,
  parseFilterQuery,
  UnknownEditionsError,
} from "~/metrics.server";
import { translator } from "../../core/i18n/messages";

// Figures change with every import: no cache outside the server may keep them.
const HEADERS = { "Cache-Control": "no-store" };
const JSON_HEADERS = {
  ...HEADERS,
  "Content-Type": "application/json; charset=utf-8",
  // The body depends on Accept-Encoding: caches in between must know.
  Vary: "Accept-Encoding",
};

/** `gzip` is listed and not refused with `q=0`. */
function acceptsGzip(request: Request): boolean {
  return (request.headers.get("Accept-Encoding") ?? "").split(",").some((entry) => {
    const [coding, ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    return coding === "gzip" && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: HEADERS });
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  // A machine asks here: no login page, a 401 it can act on.
  const user = await currentUser(request, context.db);
  const language = await languageOf(request);
  if (!user) return problem(401, translator(language)("http.logInFirst"));
  const parsed = parseFilterQuery(new URL(request.url).searchParams, language);
  if (!parsed.ok) return problem(400, parsed.message);
  try {
    const filter = scopedFilter(parsed.filter, user.scope);
    if (acceptsGzip(request)) {
      const body = await withScope(context.db, user.scope, (db) => metricsJsonGzip(db, filter));
      return new Response(body, { headers: { ...JSON_HEADERS, "Content-Encoding": "gzip" } });
    }
    const body = await withScope(context.db, user.scope, (db) => metricsJsonText(db, filter));
    return new Response(body, { headers: JSON_HEADERS });
  } catch (error) {
    if (error instanceof UnknownEditionsError) return problem(404, errorText(error, language));
    throw error;
  }
}
