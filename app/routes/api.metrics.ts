// GET /api/metrics: the machine-readable metrics of shared/spec/metrics.md,
// the same JSON as `impact metrics --json`. Query: edition and municipality
// (both repeatable), from and to (years), theme.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { currentUser, scopedFilter } from "~/auth.server";
import { metricsJsonText, parseFilterQuery, UnknownEditionsError } from "~/metrics.server";

// Figures change with every import: no cache outside the server may keep them.
const HEADERS = { "Cache-Control": "no-store" };
const JSON_HEADERS = { ...HEADERS, "Content-Type": "application/json; charset=utf-8" };

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: HEADERS });
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  // A machine asks here: no login page, a 401 it can act on.
  const user = await currentUser(request, context.db);
  if (!user) return problem(401, "Log eerst in. / Log in first.");
  const parsed = parseFilterQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return problem(400, parsed.message);
  try {
    const body = await metricsJsonText(context.db, scopedFilter(parsed.filter, user.scope));
    return new Response(body, { headers: JSON_HEADERS });
  } catch (error) {
    if (error instanceof UnknownEditionsError) return problem(404, error.message);
    throw error;
  }
}
