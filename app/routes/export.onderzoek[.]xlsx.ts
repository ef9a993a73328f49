// GET /export/onderzoek.xlsx: the research workbook of the query's filter
// (municipality, repeatable; from; to; theme; edition, repeatable).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportResponse } from "~/export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return exportResponse(request, context.db, "xlsx");
}
