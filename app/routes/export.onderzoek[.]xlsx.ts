// GET /export/onderzoek.xlsx: the research workbook of the query's filter
// (municipality, repeatable; from; to; theme; edition, repeatable).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { exportResponse } from "~/export.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db);
  return exportResponse(request, context.db, "xlsx", user);
}
