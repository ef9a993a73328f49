// GET /api/metrics: the machine-readable metrics of shared/spec/metrics.md,
// the same JSON as `impact metrics --json`. Query: edition and municipality
// (both repeatable), from and to (years), theme.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { currentUser, scopedFilter, withScope } from "~/auth.server";
import {
  loadMetricsReport,
  metricsJson,
  parseFilterQuery,
  UnknownEditionsError,
} from "~/metrics.server";

// Figures change with every import: never serve them from a cache.
const HEADERS = { "Cache-Control": "no-store" };

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
    const report = await withScope(context.db, user.scope, (db) =>
      loadMetricsReport(db, scopedFilter(parsed.filter, user.scope), new Date()),
    );
    return Response.json(metricsJson(report), { headers: HEADERS });
  } catch (error) {
    if (error instanceof UnknownEditionsError) return problem(404, error.message);
    throw error;
  }
}
