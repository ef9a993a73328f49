// GET /api/evaluatie: the evaluation of shared/spec/evaluation.md, the same
// JSON as `impact evaluate --json`. Query: the dashboards' filter (edition
// and municipality repeatable, from and to as years, theme) and bandwidth
// (score points, default 15). Researchers and administrators see every
// edition; a municipality user only those of their own municipalities.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { API_HEADERS, apiAsker, apiProblem } from "~/api.server";
import { scopedFilter, withScope } from "~/auth.server";
import { evaluationJsonText, parseEvaluationQuery, UserError } from "~/evaluation.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const asker = await apiAsker(request, context.db);
  if (asker instanceof Response) return asker;
  const { user, language } = asker;
  const parsed = parseEvaluationQuery(new URL(request.url).searchParams, language);
  if (!parsed.ok) return apiProblem(400, parsed.message);
  try {
    const filter = scopedFilter(parsed.filter, user.scope);
    const body = await withScope(context.db, user.scope, (db) =>
      evaluationJsonText(db, filter, parsed.bandwidth),
    );
    return new Response(body, {
      headers: { ...API_HEADERS, "Content-Type": "application/json; charset=utf-8" },
    });
  } catch (error) {
    // An edition or municipality that does not exist, or not for this user.
    if (error instanceof UserError) return apiProblem(404, error.in(language));
    throw error;
  }
}
