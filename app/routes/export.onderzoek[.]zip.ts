// GET /export/onderzoek.zip: the research workbook's sheets as CSV files in a
// zip, for Dutch Excel. Same query as /export/onderzoek.xlsx.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportResponse } from "~/export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return exportResponse(request, context.db, "csv");
}
