// GET /api/evaluatie: the evaluation of shared/spec/evaluation.md, the same
// JSON as `impact evaluate --json`. Query: the dashboards' filter (edition
// and municipality repeatable, from and to as years, theme) and bandwidth
// (score points, default 15). Researchers and administrators see every
// edition; a municipality user only those of their own municipalities.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { currentUser, scopedFilter, withScope } from "~/auth.server";
import { evaluationJsonText, parseEvaluationQuery, UserError } from "~/evaluation.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "../../core/i18n/messages";

// Figures change with every import: no cache outside the server may keep them.
const HEADERS = { "Cache-Control": "no-store" };

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: HEADERS });
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  // A machine asks here: no login page, a 401 it can act on.
  const user = await currentUser(request, context.db);
  const language = await languageOf(request);
  if (!user) return problem(401, translator(language)("http.logInFirst"));
  const parsed = parseEvaluationQuery(new URL(request.url).searchParams, language);
  if (!parsed.ok) return problem(400, parsed.message);
  try {
    const filter = scopedFilter(parsed.filter, user.scope);
    const body = await withScope(context.db, user.scope, (db) =>
      evaluationJsonText(db, filter, parsed.bandwidth),
    );
    return new Response(body, {
      headers: { ...HEADERS, "Content-Type": "application/json; charset=utf-8" },
    });
  } catch (error) {
    // An edition or municipality that does not exist, or not for this user.
    if (error instanceof UserError) return problem(404, error.in(language));
    throw error;
  }
}
