// What the JSON endpoints (/api/metrics, /api/evaluatie) share: a machine
// asks there, so no login page but a 401 it can act on, answers no cache
// outside the server may keep (figures change with every import), and errors
// as `{ error }` in the asker's language.

import { READER_ROLES } from "../core/accounts";
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import type { Db } from "../db/connection.server";
import { currentUser } from "./auth.server";
import { languageOf } from "./i18n/language.server";

export const API_HEADERS = { "Cache-Control": "no-store" };

export function apiProblem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: API_HEADERS });
}

type User = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/** The logged-in asker and their language, or the 401 to answer. */
export async function apiAsker(
  request: Request,
  db: Db,
): Promise<{ user: User; language: Language } | Response> {
  const user = await currentUser(request, db);
  const language = await languageOf(request);
  if (!user) return apiProblem(401, translator(language)("http.logInFirst"));
  if (!READER_ROLES.includes(user.role))
    return apiProblem(403, translator(language)("http.noAccess"));
  return { user, language };
}
